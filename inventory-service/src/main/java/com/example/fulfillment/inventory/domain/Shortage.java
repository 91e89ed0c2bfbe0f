package com.example.fulfillment.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A line of an order the stock cannot serve now, with what the customer can be offered instead.
 *
 * @param available           what is left for a new order; 0 for a product inventory does not know
 * @param expectedRestockDate when ops expect the product back, if they said so
 * @param alternativeSkus     products that can serve the whole line instead, best first
 */
public record Shortage(String sku, int requested, int available, LocalDate expectedRestockDate,
        List<String> alternativeSkus) {

    public Shortage {
        alternativeSkus = List.copyOf(alternativeSkus);
    }

    static Shortage unknownProduct(String sku, int requested) {
        return new Shortage(sku, requested, 0, null, List.of());
    }
}
