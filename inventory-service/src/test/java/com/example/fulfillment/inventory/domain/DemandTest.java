package com.example.fulfillment.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemandTest {

    @Test
    void linesOfTheSameSkuAreOneDemand() {
        Demand demand = Demand.of(List.of(new RequestedLine("B", 2), new RequestedLine("A", 1), new RequestedLine("B", 3)));
        assertEquals(5, demand.quantityOf("B"));
        assertEquals(1, demand.quantityOf("A"));
        assertEquals(0, demand.quantityOf("C"));
    }

    @Test
    void keepsTheCustomersOrderForReportsAndSkuOrderForLocks() {
        Demand demand = Demand.of(List.of(new RequestedLine("C", 1), new RequestedLine("A", 1), new RequestedLine("B", 1)));
        assertEquals(List.of("C", "A", "B"), demand.skus());
        assertEquals(List.of("A", "B", "C"), demand.skusInLockOrder());
    }

    @Test
    void demandsAskingForTheSameUnitsAreEqualHoweverTheLinesAreSplit() {
        Demand amended = Demand.of(List.of(new RequestedLine("B", 1), new RequestedLine("A", 2), new RequestedLine("B", 1)));
        assertEquals(Demand.of(List.of(new RequestedLine("A", 2), new RequestedLine("B", 2))), amended);
        assertNotEquals(Demand.of(List.of(new RequestedLine("A", 2), new RequestedLine("B", 1))), amended);
        assertNotEquals(Demand.of(List.of(new RequestedLine("A", 2), new RequestedLine("C", 2))), amended);
    }
}
