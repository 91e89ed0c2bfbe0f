package com.example.fulfillment.events;

/** Ops chose to refund the order after a failed delivery or a delivery issue; billing issues the credit note. */
public record OrderRefunded(String orderId, String requestedBy, String reason) implements SagaEvent {
}
