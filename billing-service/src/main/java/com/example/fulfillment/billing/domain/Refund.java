package com.example.fulfillment.billing.domain;

/** Ops chose to give the customer their money back; reason may be blank. */
public record Refund(String orderId, String requestedBy, String reason) {
}
