package com.example.fulfillment.shipping.domain;

import java.time.LocalDate;
import java.util.List;

/** One parcel's story: the current label's, or an earlier label's of a reshipped order. */
public record TrackingHistory(String trackingNumber, String carrier, TrackingStatus status,
        DeliveryState deliveryState, LocalDate expectedDeliveryDate, List<TrackingEvent> events) {
}
