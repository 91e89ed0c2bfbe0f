package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A carrier's tracking update in our vocabulary, whatever format the carrier's platform sent it in. */
public record TrackingUpdate(String carrier, String trackingNumber, TrackingStatus status, String description,
        String location, Instant occurredAt, LocalDate expectedDeliveryDate, String carrierEventId) {
}
