package com.example.fulfillment.shipping.domain;

import jakarta.persistence.Embeddable;

/** Where a parcel goes, with the fields a carrier prints on a label. country is ISO 3166-1 alpha-2. */
@Embeddable
public record Address(String recipient, String street, String city, String postalCode, String region,
        String country) {
}
