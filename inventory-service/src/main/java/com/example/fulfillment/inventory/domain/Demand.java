package com.example.fulfillment.inventory.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How many units of each sku an order needs. Two lines of the same sku are one demand: checked against the
 * stock together, and reserved as one reservation.
 */
public final class Demand {

    private final Map<String, Integer> quantityBySku;

    private Demand(Map<String, Integer> quantityBySku) {
        this.quantityBySku = quantityBySku;
    }

    public static Demand of(Collection<RequestedLine> lines) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (RequestedLine line : lines) {
            quantities.merge(line.sku(), line.quantity(), Integer::sum);
        }
        return new Demand(quantities);
    }

    /** Skus in the order the customer named them: shortages and allocated items are reported in it. */
    public List<String> skus() {
        return List.copyOf(quantityBySku.keySet());
    }

    /** Skus in the one global order every transaction locks products in, so that none waits on another in a circle. */
    public List<String> skusInLockOrder() {
        return List.copyOf(new TreeSet<>(quantityBySku.keySet()));
    }

    public int quantityOf(String sku) {
        return quantityBySku.getOrDefault(sku, 0);
    }

    /** Equal when they ask for the same units of the same skus, however the lines were split or ordered. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Demand demand && quantityBySku.equals(demand.quantityBySku);
    }

    @Override
    public int hashCode() {
        return quantityBySku.hashCode();
    }
}
