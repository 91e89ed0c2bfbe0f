package com.example.fulfillment.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.domain.Conflict;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Product product(String sku, String category, int onHand, List<String> alternatives) {
        return new Product(sku, new ProductDetails("Product " + sku, category, onHand, 500, 100, 80, 60, false, null,
                alternatives), NOW);
    }

    @Test
    void availableIsWhatIsOnHandButNotReserved() {
        Product mug = product("MUG", "kitchen", 10, List.of());
        mug.reserve(4, NOW);
        assertEquals(6, mug.getAvailable());
        assertTrue(mug.canServe(6));
        assertFalse(mug.canServe(7));
    }

    @Test
    void neverReservesMoreThanAvailable() {
        Product mug = product("MUG", "kitchen", 3, List.of());
        mug.reserve(2, NOW);
        assertThrows(IllegalStateException.class, () -> mug.reserve(2, NOW));
        assertEquals(2, mug.getReserved());
    }

    @Test
    void correctingOnHandBelowWhatIsReservedIsAConflict() {
        Product mug = product("MUG", "kitchen", 5, List.of());
        mug.reserve(4, NOW);
        Conflict refused = assertThrows(Conflict.class, () -> mug.describe(
                new ProductDetails("Mug", "kitchen", 3, 500, 100, 80, 60, false, null, List.of()), NOW));
        // the domain names the kind of refusal and why; ProductResourceTest sees the edge answer it with 409
        assertTrue(refused.getMessage().contains("reserved"), refused.getMessage());
        assertEquals(5, mug.getOnHand());
        assertEquals(4, mug.getReserved());
    }

    @Test
    void correctingTheProductKeepsWhatIsReserved() {
        Product mug = product("MUG", "kitchen", 5, List.of());
        mug.reserve(4, NOW);
        mug.describe(new ProductDetails("Big mug", "kitchen", 9, 600, 120, 90, 70, true, null, List.of()), NOW);
        assertEquals(4, mug.getReserved());
        assertEquals(5, mug.getAvailable());
        assertTrue(mug.isFragile());
    }

    @Test
    void shippingTakesTheUnitsOutOfStockAndOutOfTheReservation() {
        Product mug = product("MUG", "kitchen", 5, List.of());
        mug.reserve(2, NOW);
        mug.ship(2, NOW);
        assertEquals(3, mug.getOnHand());
        assertEquals(0, mug.getReserved());
    }

    @Test
    void releasingGivesTheUnitsBack() {
        Product mug = product("MUG", "kitchen", 5, List.of());
        mug.reserve(2, NOW);
        mug.release(2, NOW);
        assertEquals(5, mug.getAvailable());
        assertThrows(IllegalStateException.class, () -> mug.release(1, NOW));
    }

    @Test
    void aProductIsNoAlternativeToItself() {
        Product mug = product("MUG", "kitchen", 5, List.of("CUP", "MUG", "CUP", "BOWL"));
        assertEquals(List.of("CUP", "BOWL"), mug.getAlternativeSkus());
    }

    @Test
    void aReceiptBringsAtLeastOneUnit() {
        Product mug = product("MUG", "kitchen", 0, List.of());
        assertThrows(IllegalArgumentException.class, () -> mug.receive(0, NOW));
        mug.receive(7, NOW);
        assertEquals(7, mug.getOnHand());
    }

    @Test
    void returnedUnitsAreOnHandAndAvailableAgain() {
        Product mug = product("MUG", "kitchen", 5, List.of());
        mug.reserve(2, NOW);
        mug.ship(2, NOW);
        mug.takeBack(2, NOW);
        assertEquals(5, mug.getOnHand());
        assertEquals(5, mug.getAvailable());
        assertThrows(IllegalArgumentException.class, () -> mug.takeBack(0, NOW));
    }
}
