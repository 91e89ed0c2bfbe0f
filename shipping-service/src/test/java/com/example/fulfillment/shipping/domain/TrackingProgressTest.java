package com.example.fulfillment.shipping.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TrackingProgressTest {

    private final TrackingProgress progress = new TrackingProgress();
    private final Instant t1 = Instant.parse("2026-11-27T08:00:00Z");
    private final Instant t2 = Instant.parse("2026-11-27T09:00:00Z");
    private final LocalDate promised = LocalDate.parse("2026-12-01");

    @Test
    void theFirstUpdateAlwaysApplies() {
        assertTrue(progress.advances(null, null, TrackingStatus.IN_TRANSIT, t1));
    }

    @Test
    void aLowerStatusNeverApplies() {
        assertFalse(progress.advances(TrackingStatus.OUT_FOR_DELIVERY, t1, TrackingStatus.IN_TRANSIT, t2));
    }

    @Test
    void anOlderUpdateNeverApplies() {
        assertFalse(progress.advances(TrackingStatus.IN_TRANSIT, t2, TrackingStatus.OUT_FOR_DELIVERY, t1));
    }

    @Test
    void afterAFailedAttemptTheParcelCanGoOutAgain() {
        assertTrue(progress.advances(TrackingStatus.DELIVERY_FAILED, t1, TrackingStatus.OUT_FOR_DELIVERY, t2));
    }

    @Test
    void deliveredIsFinal() {
        assertFalse(progress.advances(TrackingStatus.DELIVERED, t1, TrackingStatus.DELIVERED, t2));
    }

    @Test
    void failuresAndReturnsAreIssues() {
        assertEquals(DeliveryState.ISSUE,
                progress.deliveryState(TrackingStatus.DELIVERY_FAILED, promised, promised, DeliveryState.ON_TIME));
        assertEquals(DeliveryState.ISSUE,
                progress.deliveryState(TrackingStatus.RETURNED_TO_SENDER, promised, promised, null));
    }

    @Test
    void aLaterExpectedDateThanPromisedIsADelay() {
        assertEquals(DeliveryState.DELAYED, progress.deliveryState(TrackingStatus.IN_TRANSIT,
                promised.plusDays(1), promised, DeliveryState.ON_TIME));
    }

    @Test
    void goodNewsAfterADelayOrAnIssueIsResolved() {
        assertEquals(DeliveryState.RESOLVED,
                progress.deliveryState(TrackingStatus.OUT_FOR_DELIVERY, promised, promised, DeliveryState.DELAYED));
        assertEquals(DeliveryState.RESOLVED,
                progress.deliveryState(TrackingStatus.DELIVERED, promised, promised, DeliveryState.ISSUE));
    }

    @Test
    void otherwiseOnTime() {
        assertEquals(DeliveryState.ON_TIME,
                progress.deliveryState(TrackingStatus.IN_TRANSIT, promised, promised, DeliveryState.RESOLVED));
        assertEquals(DeliveryState.ON_TIME, progress.deliveryState(TrackingStatus.IN_TRANSIT, null, null, null));
    }

    @Test
    void afterAFailedAttemptTheNextRoundOrTheDeliveryIsProgress() {
        assertTrue(progress.advances(TrackingStatus.OUT_FOR_DELIVERY, t1, TrackingStatus.ATTEMPT_FAILED, t2));
        assertTrue(progress.advances(TrackingStatus.ATTEMPT_FAILED, t1, TrackingStatus.OUT_FOR_DELIVERY, t2));
        assertTrue(progress.advances(TrackingStatus.ATTEMPT_FAILED, t1, TrackingStatus.DELIVERED, t2));
        assertFalse(progress.advances(TrackingStatus.ATTEMPT_FAILED, t1, TrackingStatus.IN_TRANSIT, t2));
    }

    @Test
    void aFailedAttemptIsAnIssue() {
        assertEquals(DeliveryState.ISSUE,
                progress.deliveryState(TrackingStatus.ATTEMPT_FAILED, promised, promised, DeliveryState.ON_TIME));
    }

    @Test
    void unknownNeverMovesAShipment() {
        assertFalse(progress.advances(null, null, TrackingStatus.UNKNOWN, t1));
        assertFalse(progress.advances(TrackingStatus.IN_TRANSIT, t1, TrackingStatus.UNKNOWN, t2));
    }

    @Test
    void aParcelBackAtTheSenderIsNotDeliveredAfterwards() {
        assertFalse(progress.advances(TrackingStatus.RETURNED_TO_SENDER, t1, TrackingStatus.DELIVERED, t2));
    }
}
