package com.example.fulfillment.inventory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Goods ops received into the warehouse: the trace of how a product's on-hand count grew. */
@Entity
@Table(name = "stock_receipt")
public class StockReceipt extends PanacheEntityBase {

    @Id
    private UUID id;
    private String sku;
    private int quantity;
    private String note;
    private Instant receivedAt;
    /** Who recorded it (the token's user); null for receipts recorded before this was kept. */
    private String receivedBy;

    protected StockReceipt() {
    }

    public StockReceipt(String sku, int quantity, String note, String receivedBy, Instant receivedAt) {
        this.receivedBy = receivedBy;
        this.id = UUID.randomUUID();
        this.sku = sku;
        this.quantity = quantity;
        this.note = note;
        this.receivedAt = receivedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getNote() {
        return note;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public int getQuantity() {
        return quantity;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
