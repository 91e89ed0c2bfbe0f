package com.example.fulfillment.notification.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One product in a message's list of items.
 *
 * @param productName the product's name as inventory gave it, or null if this service never learnt it
 */
public record ParcelItem(String sku, String productName, int quantity) {

    /** The product by its name; the SKU only stands in while no name is known. */
    public String label() {
        return productName == null || productName.isBlank() ? sku : productName;
    }

    /** e.g. "2 × Red mug" */
    public String inWords() {
        return quantity + " × " + label();
    }

    /** e.g. "2 × Red mug, 1 × T-shirt" */
    public static String inWords(List<ParcelItem> items) {
        return items == null ? "" : items.stream().map(ParcelItem::inWords).collect(Collectors.joining(", "));
    }
}
