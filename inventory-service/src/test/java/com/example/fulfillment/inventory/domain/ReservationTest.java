package com.example.fulfillment.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void onlyShippedUnitsCanComeBackAndOnlyOnce() {
        Reservation reservation = new Reservation("order-1", "MUG", 2, Reservation.FIRST_ROUND, NOW);
        assertThrows(IllegalStateException.class, () -> reservation.markReturned(NOW));

        reservation.ship("TRACK-1", NOW);
        reservation.markReturned(NOW);

        assertEquals(ReservationStatus.RETURNED, reservation.getStatus());
        assertThrows(IllegalStateException.class, () -> reservation.markReturned(NOW));
    }

    @Test
    void aReturnTakesBackOnlyWhatLeftInItsPackage() {
        Reservation first = new Reservation("order-1", "MUG", 2, Reservation.FIRST_ROUND, NOW);
        first.ship("TRACK-1", NOW);
        assertTrue(first.leftIn("TRACK-1"));
        assertFalse(first.leftIn("TRACK-2"));
        // a carrier that names no package returns whatever of the order is out
        assertTrue(first.leftIn(null));
    }

    @Test
    void roundsCountFromTheOrdersOwnShipment() {
        assertThrows(IllegalArgumentException.class, () -> new Reservation("order-1", "MUG", 1, 0, NOW));
        assertEquals(2, new Reservation("order-1", "MUG", 1, 2, NOW).getShipmentRound());
    }

    @Test
    void aReleasedReservationCannotShip() {
        Reservation reservation = new Reservation("order-1", "MUG", 2, Reservation.FIRST_ROUND, NOW);
        reservation.release(NOW);
        assertThrows(IllegalStateException.class, () -> reservation.ship("TRACK-1", NOW));
    }
}
