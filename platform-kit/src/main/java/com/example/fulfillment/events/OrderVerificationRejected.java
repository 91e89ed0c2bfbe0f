package com.example.fulfillment.events;

import com.example.fulfillment.events.model.Decision;

/** Approval gate A1 refused; the order is cancelled (see OrderCancelled). */
public record OrderVerificationRejected(String orderId, Decision decision) implements SagaEvent {
}
