package com.example.fulfillment.inventory.domain;

/**
 * A line reserved for an order, with the product facts as they were when it was reserved: billing names the
 * product, shipping packs by size, weight and fragility, and neither has to ask inventory for them.
 */
public record AllocatedLine(String sku, String name, String category, int quantity, int weightGrams, int lengthMm,
        int widthMm, int heightMm, boolean fragile) {

    static AllocatedLine of(Product product, int quantity) {
        return new AllocatedLine(product.getSku(), product.getName(), product.getCategory(), quantity,
                product.getWeightGrams(), product.getLengthMm(), product.getWidthMm(), product.getHeightMm(),
                product.isFragile());
    }
}
