package com.example.fulfillment.events;

import java.time.Instant;
import java.time.LocalDate;

import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.TrackingStatus;

/** Step 12: a carrier reported progress; deliveryState is shipping-service's reading of it. */
public record TrackingUpdated(String orderId, String trackingUpdateId, String carrier, String trackingNumber,
        TrackingStatus status, DeliveryState deliveryState, String description, String location,
        Instant occurredAt, LocalDate expectedDeliveryDate) implements SagaEvent {
}
