package com.example.fulfillment.inventory.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Which products to offer a customer instead of a short one: those ops configured as its alternatives, if
 * any of them can serve the whole line; else (when enabled) in-stock products of the same category that can.
 */
public final class AlternativesPolicy {

    private final boolean sameCategoryFallback;
    private final int max;

    public AlternativesPolicy(boolean sameCategoryFallback, int max) {
        this.sameCategoryFallback = sameCategoryFallback;
        this.max = max;
    }

    public static AlternativesPolicy of(InventoryConfig.Alternatives config) {
        return new AlternativesPolicy(config.sameCategoryFallback(), config.max());
    }

    public boolean usesSameCategory() {
        return sameCategoryFallback;
    }

    /**
     * @param configured   the short product's configured alternatives that exist, in their configured order
     * @param sameCategory products of the short product's category (any order)
     */
    public List<String> choose(String shortSku, int requested, List<Product> configured, List<Product> sameCategory) {
        List<String> chosen = configured.stream()
                .filter(product -> product.canServe(requested))
                .map(Product::getSku)
                .limit(max)
                .toList();
        if (!chosen.isEmpty() || !sameCategoryFallback) {
            return chosen;
        }
        // the best stocked first: the likeliest to still be there when the customer decides
        return sameCategory.stream()
                .filter(product -> !product.getSku().equals(shortSku) && product.canServe(requested))
                .sorted(Comparator.comparingInt(Product::getAvailable).reversed().thenComparing(Product::getSku))
                .map(Product::getSku)
                .limit(max)
                .toList();
    }
}
