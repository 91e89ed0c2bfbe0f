package com.example.fulfillment.order.domain;

import jakarta.persistence.Embeddable;

/** Where the parcel goes. country is ISO 3166-1 alpha-2. */
@Embeddable
public record Address(String recipient, String street, String city, String postalCode, String region,
        String country) {
}
