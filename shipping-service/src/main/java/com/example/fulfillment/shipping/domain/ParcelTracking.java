package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the carrier last said about the current parcel, and the delivery date promised when its transport was
 * arranged, against which the carrier's estimates are measured.
 */
@Embeddable
public record ParcelTracking(@Column(name = "tracking_status") @Enumerated(EnumType.STRING) TrackingStatus status,
        @Enumerated(EnumType.STRING) DeliveryState deliveryState, Instant lastTrackingAt,
        LocalDate promisedDeliveryDate, LocalDate expectedDeliveryDate) {

    /** Before transport is arranged and before the carrier's first word. */
    public static final ParcelTracking NOT_YET = new ParcelTracking(null, null, null, null, null);

    static ParcelTracking promising(LocalDate deliveryDate) {
        return new ParcelTracking(null, null, null, deliveryDate, deliveryDate);
    }

    /** A carrier update that moved the parcel; without an estimate of its own, the last one stands. */
    ParcelTracking updated(TrackingStatus newStatus, Instant occurredAt, LocalDate newExpectedDeliveryDate,
            DeliveryState newDeliveryState) {
        return new ParcelTracking(newStatus, newDeliveryState, occurredAt, promisedDeliveryDate,
                newExpectedDeliveryDate != null ? newExpectedDeliveryDate : expectedDeliveryDate);
    }

    /** The parcel will not arrive as sent: the carrier gave up, missed the customer, or brought it back. */
    boolean hasFailed() {
        return status == TrackingStatus.DELIVERY_FAILED || status == TrackingStatus.ATTEMPT_FAILED
                || status == TrackingStatus.RETURNED_TO_SENDER;
    }
}
