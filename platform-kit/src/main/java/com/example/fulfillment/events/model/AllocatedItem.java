package com.example.fulfillment.events.model;

/**
 * A reserved line together with the product facts downstream steps need (billing names it, shipping
 * packs by size, weight and fragility), so that no service has to ask inventory for them.
 */
public record AllocatedItem(String sku, String name, String category, int quantity, int weightGrams,
        int lengthMm, int widthMm, int heightMm, boolean fragile) {

    public int totalWeightGrams() {
        return weightGrams * quantity;
    }
}
