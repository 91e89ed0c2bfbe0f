package com.example.fulfillment.shipping.domain;

import jakarta.persistence.Embeddable;

/** An allocated item as shipping needs it: enough to choose a box and protect what breaks. */
@Embeddable
public class ShipmentItem {

    private String sku;
    private String name;
    private String category;
    private int quantity;
    private int weightGrams;
    private int lengthMm;
    private int widthMm;
    private int heightMm;
    private boolean fragile;

    protected ShipmentItem() {
    }

    public ShipmentItem(String sku, String name, String category, int quantity, int weightGrams, int lengthMm,
            int widthMm, int heightMm, boolean fragile) {
        this.sku = sku;
        this.name = name;
        this.category = category;
        this.quantity = quantity;
        this.weightGrams = weightGrams;
        this.lengthMm = lengthMm;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.fragile = fragile;
    }

    public ShipmentItem copy() {
        return withQuantity(quantity);
    }

    public ShipmentItem withQuantity(int newQuantity) {
        return new ShipmentItem(sku, name, category, newQuantity, weightGrams, lengthMm, widthMm, heightMm, fragile);
    }

    public long volumeCubicMm() {
        return (long) lengthMm * widthMm * heightMm * quantity;
    }

    public int totalWeightGrams() {
        return weightGrams * quantity;
    }

    public int longestSideMm() {
        return Math.max(lengthMm, Math.max(widthMm, heightMm));
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getName() {
        return name;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public boolean isFragile() {
        return fragile;
    }
}
