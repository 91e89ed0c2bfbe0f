package com.example.fulfillment.billing.domain;

/** Whom the invoice is made out to. */
public record CustomerContact(String name, String email) {
}
