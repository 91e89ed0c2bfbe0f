package com.example.fulfillment.billing.domain;

/** Ops chose to send the order again, at the seller's cost. */
public record Reshipment(String orderId, String requestedBy, String reason) {
}
