package com.example.fulfillment.inventory.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One change of a product's stock: by how much on hand and reserved moved, what they were afterwards, and why.
 * The counts after the change let ops read a product's history without adding the deltas up themselves.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends PanacheEntityBase {

    // drawn in the order the movements are recorded: it orders those of one transaction, which share their time
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_movement_id")
    @SequenceGenerator(name = "stock_movement_id", sequenceName = "stock_movement_id_seq", allocationSize = 50)
    private Long id;
    private String sku;
    @Enumerated(EnumType.STRING)
    private StockMovementCause cause;
    private int onHandDelta;
    private int reservedDelta;
    private int onHandAfter;
    private int reservedAfter;
    private String orderId;
    private String note;
    private Instant occurredAt;

    protected StockMovement() {
    }

    private StockMovement(Product product, StockMovementCause cause, int onHandDelta, int reservedDelta,
            String orderId, String note, Instant occurredAt) {
        this.sku = product.getSku();
        this.cause = cause;
        this.onHandDelta = onHandDelta;
        this.reservedDelta = reservedDelta;
        this.onHandAfter = product.getOnHand();
        this.reservedAfter = product.getReserved();
        this.orderId = orderId;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    /** @param product the product as it is after the change */
    public static StockMovement of(Product product, StockMovementCause cause, int onHandDelta, int reservedDelta,
            String orderId, String note, Instant occurredAt) {
        return new StockMovement(product, cause, onHandDelta, reservedDelta, orderId, note, occurredAt);
    }

    public boolean changesSomething() {
        return onHandDelta != 0 || reservedDelta != 0;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public StockMovementCause getCause() {
        return cause;
    }

    public int getOnHandDelta() {
        return onHandDelta;
    }

    public int getReservedDelta() {
        return reservedDelta;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public int getReservedAfter() {
        return reservedAfter;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getNote() {
        return note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
