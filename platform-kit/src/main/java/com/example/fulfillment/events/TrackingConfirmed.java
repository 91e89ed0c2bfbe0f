package com.example.fulfillment.events;

import java.time.LocalDate;

import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.TrackingStatus;

/** Approval gate A3 passed: this tracking update may be told to the customer (step 13). */
public record TrackingConfirmed(String orderId, String trackingUpdateId, String trackingNumber, TrackingStatus status,
        DeliveryState deliveryState, String description, LocalDate expectedDeliveryDate, Decision decision)
        implements SagaEvent {
}
