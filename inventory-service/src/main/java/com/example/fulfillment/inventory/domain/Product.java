package com.example.fulfillment.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotPossible;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A product and its stock. onHand is what lies in the warehouse, reserved what HELD reservations keep of it
 * for allocated orders; only the difference can be promised to a new order.
 */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    /** The most units one product counts: far beyond any warehouse, well inside an int's range. */
    public static final int MAX_UNITS = 1_000_000_000;

    @Id
    private String sku;
    private String name;
    private String category;
    private int onHand;
    private int reserved;
    private int weightGrams;
    private int lengthMm;
    private int widthMm;
    private int heightMm;
    private boolean fragile;
    private LocalDate expectedRestockDate;
    private Instant updatedAt;

    // few per product and shown with it everywhere, so loading them with the product costs less than a lazy trip
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_alternative", joinColumns = @JoinColumn(name = "sku"))
    @OrderColumn(name = "position")
    @Column(name = "alternative_sku")
    private List<String> alternativeSkus = new ArrayList<>();

    protected Product() {
    }

    public Product(String sku, ProductDetails details, Instant now) {
        this.sku = sku;
        describe(details, now);
    }

    /** Applies the catalogue facts and the counted stock; what is reserved stays as it is. */
    public void describe(ProductDetails details, Instant now) {
        if (details.onHand() < reserved) {
            throw new Conflict("product " + sku + " has " + reserved
                    + " units reserved for orders; on hand cannot go below that (asked " + details.onHand() + ")");
        }
        this.name = details.name();
        this.category = details.category();
        this.onHand = details.onHand();
        this.weightGrams = details.weightGrams();
        this.lengthMm = details.lengthMm();
        this.widthMm = details.widthMm();
        this.heightMm = details.heightMm();
        this.fragile = details.fragile();
        this.expectedRestockDate = details.expectedRestockDate();
        replaceAlternatives(details.alternativeSkus());
        this.updatedAt = now;
    }

    public void receive(int quantity, Instant now) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a receipt brings at least one unit, not " + quantity);
        }
        if ((long) onHand + quantity > MAX_UNITS) {
            throw new NotPossible("product " + sku + " has " + onHand + " units on hand; " + quantity
                    + " more would exceed the " + MAX_UNITS + " units one product can count");
        }
        onHand += quantity;
        updatedAt = now;
    }

    /** Shipped units the carrier brought back are in the warehouse again, free for any order. */
    public void takeBack(int quantity, Instant now) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a return brings at least one unit, not " + quantity);
        }
        onHand = (int) Math.min(MAX_UNITS, (long) onHand + quantity); // what came back is counted, up to the cap
        updatedAt = now;
    }

    public boolean canServe(int quantity) {
        return getAvailable() >= quantity;
    }

    public void reserve(int quantity, Instant now) {
        if (!canServe(quantity)) {
            throw new IllegalStateException(
                    "cannot reserve " + quantity + " of " + sku + ": only " + getAvailable() + " available");
        }
        reserved += quantity;
        updatedAt = now;
    }

    public void release(int quantity, Instant now) {
        if (quantity > reserved) {
            throw new IllegalStateException("cannot release " + quantity + " of " + sku + ": only " + reserved + " reserved");
        }
        reserved -= quantity;
        updatedAt = now;
    }

    /** The reserved units leave the warehouse with the order. */
    public void ship(int quantity, Instant now) {
        release(quantity, now);
        onHand -= quantity;
    }

    public void expectRestockOn(LocalDate date, Instant now) {
        expectedRestockDate = date;
        updatedAt = now;
    }

    public void replaceAlternatives(List<String> skus, Instant now) {
        replaceAlternatives(skus);
        updatedAt = now;
    }

    private void replaceAlternatives(List<String> skus) {
        alternativeSkus.clear();
        if (skus != null) {
            // a product is no alternative to itself, and naming one twice changes nothing
            skus.stream().filter(alternative -> !alternative.equals(sku)).distinct().forEach(alternativeSkus::add);
        }
    }

    public int getAvailable() {
        return onHand - reserved;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public int getLengthMm() {
        return lengthMm;
    }

    public int getWidthMm() {
        return widthMm;
    }

    public int getHeightMm() {
        return heightMm;
    }

    public boolean isFragile() {
        return fragile;
    }

    public LocalDate getExpectedRestockDate() {
        return expectedRestockDate;
    }

    public List<String> getAlternativeSkus() {
        return List.copyOf(alternativeSkus);
    }
}
