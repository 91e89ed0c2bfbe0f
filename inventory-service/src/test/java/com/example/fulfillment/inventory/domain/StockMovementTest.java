package com.example.fulfillment.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class StockMovementTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void keepsTheCountsAsTheChangeLeftThem() {
        Product mug = ProductTest.product("MUG", "kitchen", 5, List.of());
        mug.reserve(2, NOW);
        mug.ship(2, NOW);

        StockMovement shipment = StockMovement.of(mug, StockMovementCause.SHIPMENT, -2, -2, "order-1", null, NOW);

        assertEquals(3, shipment.getOnHandAfter());
        assertEquals(0, shipment.getReservedAfter());
        assertEquals("order-1", shipment.getOrderId());
        assertTrue(shipment.changesSomething());
    }

    @Test
    void aCorrectionToTheSameCountMovesNothing() {
        Product mug = ProductTest.product("MUG", "kitchen", 5, List.of());
        assertFalse(StockMovement.of(mug, StockMovementCause.MANUAL_SET, 0, 0, null, null, NOW).changesSomething());
    }
}
