package com.example.fulfillment.billing.domain;

/** The order was cancelled; reason may be blank. */
public record Cancellation(String orderId, String reason) {
}
