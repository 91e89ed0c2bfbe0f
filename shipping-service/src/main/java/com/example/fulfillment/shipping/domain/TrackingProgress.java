package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Reads carrier updates: whether one moves the shipment forward, and what it means for the customer.
 * Carriers deliver webhooks late and out of order, so a shipment's status only ever moves forward.
 */
public class TrackingProgress {

    /**
     * How far along each status is. A failed attempt, a pickup point and the next delivery round share a rank,
     * so that a shipment can go from ATTEMPT_FAILED or DELIVERY_FAILED back out for delivery (a later update of
     * the same rank is progress).
     */
    private static final Map<TrackingStatus, Integer> RANK = Map.of(
            TrackingStatus.UNKNOWN, 0,
            TrackingStatus.PRE_TRANSIT, 1,
            TrackingStatus.IN_TRANSIT, 2,
            TrackingStatus.OUT_FOR_DELIVERY, 3,
            TrackingStatus.ATTEMPT_FAILED, 3,
            TrackingStatus.AVAILABLE_FOR_PICKUP, 3,
            TrackingStatus.DELIVERY_FAILED, 3,
            TrackingStatus.RETURNED_TO_SENDER, 4,
            TrackingStatus.DELIVERED, 5);

    /** True if the update may change the shipment: not behind its current status and not older than its latest. */
    public boolean advances(TrackingStatus current, Instant latestAt, TrackingStatus update, Instant updateAt) {
        // delivered is final: a late second "delivered" must not confirm the delivery twice
        if (current == TrackingStatus.DELIVERED) {
            return false;
        }
        // a parcel back at the sender is over too: a carrier's "delivered" then means delivered to us
        if (current == TrackingStatus.RETURNED_TO_SENDER) {
            return false;
        }
        // the carrier does not know (or says so in words we cannot read): kept for the history, moves nothing
        if (update == TrackingStatus.UNKNOWN) {
            return false;
        }
        if (current != null && RANK.get(update) < RANK.get(current)) {
            return false;
        }
        return latestAt == null || !updateAt.isBefore(latestAt);
    }

    public DeliveryState deliveryState(TrackingStatus status, LocalDate expected, LocalDate promised,
            DeliveryState previous) {
        if (status == TrackingStatus.DELIVERY_FAILED || status == TrackingStatus.RETURNED_TO_SENDER
                || status == TrackingStatus.ATTEMPT_FAILED) {
            return DeliveryState.ISSUE;
        }
        if (expected != null && promised != null && expected.isAfter(promised)) {
            return DeliveryState.DELAYED;
        }
        if (previous == DeliveryState.DELAYED || previous == DeliveryState.ISSUE) {
            return DeliveryState.RESOLVED;
        }
        return DeliveryState.ON_TIME;
    }
}
