package com.example.fulfillment.events.model;

/** A postal address with the fields a carrier needs on a label. country is ISO 3166-1 alpha-2. */
public record Address(String recipient, String street, String city, String postalCode, String region,
        String country) {
}
