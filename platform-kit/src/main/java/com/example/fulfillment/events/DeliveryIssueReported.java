package com.example.fulfillment.events;

/** The customer says the delivery is not right (damaged, incomplete, not received): ops must act, the order waits. */
public record DeliveryIssueReported(String orderId, String condition, String comment) implements SagaEvent {
}
