package com.example.fulfillment.billing.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A product inventory allocated to the order, as it said it. Kept with the invoice so that an invoice waiting for
 * prices can be priced later without the StockAllocated event, and so every invoice shows what it was made from.
 */
@Entity
@Table(name = "invoice_allocated_item")
public class InvoiceAllocatedItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_order_id")
    public Invoice invoice;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 64)
    public String sku;

    public String name;

    @Column(nullable = false)
    public int quantity;

    protected InvoiceAllocatedItem() {
    }

    InvoiceAllocatedItem(Invoice invoice, int position, AllocatedStock.Item item) {
        this.id = UUID.randomUUID();
        this.invoice = invoice;
        this.position = position;
        this.sku = item.sku();
        this.name = item.name();
        this.quantity = item.quantity();
    }

    /** The line's description: the product's name, or its sku when inventory sent none. */
    public String description() {
        return name == null || name.isBlank() ? sku : name;
    }
}
