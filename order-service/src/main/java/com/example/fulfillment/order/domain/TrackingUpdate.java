package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A carrier's news about the parcel; approval gate A3 decides whether the customer hears of it. */
public record TrackingUpdate(String orderId, String trackingUpdateId, String carrier, String trackingNumber,
        TrackingStatus status, DeliveryState deliveryState, String description, String location, Instant occurredAt,
        LocalDate expectedDeliveryDate) {
}
