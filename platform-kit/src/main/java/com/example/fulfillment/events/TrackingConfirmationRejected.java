package com.example.fulfillment.events;

import com.example.fulfillment.events.model.Decision;

/** Approval gate A3 refused: the tracking update is kept but the customer is not told of it. */
public record TrackingConfirmationRejected(String orderId, String trackingUpdateId, Decision decision)
        implements SagaEvent {
}
