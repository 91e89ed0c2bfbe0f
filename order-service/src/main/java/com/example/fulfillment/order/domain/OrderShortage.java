package com.example.fulfillment.order.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One short line of the last StockUnavailable, kept so that the customer can choose what to do about it. */
@Embeddable
public class OrderShortage {

    @Column(nullable = false)
    private String sku;

    @Column(nullable = false)
    private int requested;

    @Column(nullable = false)
    private int available;

    private LocalDate expectedRestockDate;

    /** Comma-separated: the offer is only ever read whole, never queried by alternative. */
    @Column(nullable = false)
    private String alternativeSkus;

    protected OrderShortage() {
    }

    OrderShortage(Shortage shortage) {
        this.sku = shortage.sku();
        this.requested = shortage.requested();
        this.available = shortage.available();
        this.expectedRestockDate = shortage.expectedRestockDate();
        this.alternativeSkus = shortage.alternativeSkus() == null ? "" : String.join(",", shortage.alternativeSkus());
    }

    public String getSku() {
        return sku;
    }

    public LocalDate getExpectedRestockDate() {
        return expectedRestockDate;
    }

    public List<String> alternatives() {
        return alternativeSkus.isEmpty() ? List.of() : Arrays.asList(alternativeSkus.split(","));
    }

    public Shortage toShortage() {
        return new Shortage(sku, requested, available, expectedRestockDate, alternatives());
    }
}
