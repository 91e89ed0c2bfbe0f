package com.example.fulfillment.events;

import com.example.fulfillment.events.model.Decision;

/** Approval gate A2 passed: label, ready status and transport were checked; the order may be handed over. */
public record ShipmentApproved(String orderId, Decision decision) implements SagaEvent {
}
