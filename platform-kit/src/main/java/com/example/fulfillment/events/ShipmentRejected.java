package com.example.fulfillment.events;

import com.example.fulfillment.events.model.Decision;

/** Approval gate A2 refused; the order is cancelled (see OrderCancelled). */
public record ShipmentRejected(String orderId, Decision decision) implements SagaEvent {
}
