package com.example.fulfillment.billing.domain;

/** Where the order goes; its country decides the tax rate. country is ISO 3166-1 alpha-2. */
public record PostalAddress(String recipient, String street, String city, String postalCode, String region,
        String country) {
}
