package com.example.fulfillment.inventory.domain;

import static com.example.fulfillment.inventory.domain.ProductTest.product;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AlternativesPolicyTest {

    private final Product shortMug = product("MUG", "kitchen", 1, List.of("CUP", "BEAKER"));
    private final Product cup = product("CUP", "kitchen", 1, List.of());
    private final Product beaker = product("BEAKER", "kitchen", 5, List.of());
    private final Product bowl = product("BOWL", "kitchen", 9, List.of());
    private final Product plate = product("PLATE", "kitchen", 4, List.of());
    private final Product jug = product("JUG", "kitchen", 7, List.of());
    private final Product pan = product("PAN", "kitchen", 6, List.of());

    @Test
    void offersTheConfiguredAlternativesThatCanServeTheLine() {
        AlternativesPolicy policy = new AlternativesPolicy(true, 3);
        assertEquals(List.of("BEAKER"), policy.choose("MUG", 3, List.of(cup, beaker), List.of(bowl, plate)));
    }

    @Test
    void fallsBackToTheBestStockedOfTheSameCategoryAtMostThree() {
        AlternativesPolicy policy = new AlternativesPolicy(true, 3);
        assertEquals(List.of("BOWL", "JUG", "PAN"),
                policy.choose("MUG", 3, List.of(cup), List.of(shortMug, cup, plate, bowl, jug, pan)));
    }

    @Test
    void withoutTheFallbackOnlyConfiguredAlternativesAreOffered() {
        AlternativesPolicy policy = new AlternativesPolicy(false, 3);
        assertEquals(List.of(), policy.choose("MUG", 3, List.of(cup), List.of(bowl, jug)));
    }

    @Test
    void nothingServesTheLineMeansNoAlternatives() {
        AlternativesPolicy policy = new AlternativesPolicy(true, 3);
        assertEquals(List.of(), policy.choose("MUG", 50, List.of(beaker), List.of(bowl, jug)));
    }
}
