package com.example.fulfillment.shipping.domain;

/** Where a parcel goes, with the fields a carrier prints on a label. country is ISO 3166-1 alpha-2. */
public record Address(String recipient, String street, String city, String postalCode, String region,
        String country) {
}
