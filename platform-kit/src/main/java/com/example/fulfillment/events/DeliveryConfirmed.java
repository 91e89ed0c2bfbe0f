package com.example.fulfillment.events;

import java.time.Instant;

import com.example.fulfillment.events.model.ConfirmedBy;

/** Step 14: the carrier reported the delivery, or the customer confirmed it (condition as they reported it). */
public record DeliveryConfirmed(String orderId, ConfirmedBy confirmedBy, String condition, Instant confirmedAt)
        implements SagaEvent {
}
