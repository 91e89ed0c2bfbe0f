package com.example.fulfillment.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A product inventory allocated to the order, as it said it. Kept with the invoice so that an invoice waiting for
 * prices can be priced later without the StockAllocated event, and so every invoice shows what it was made from.
 */
@Entity
@Table(name = "invoice_allocated_item")
public class InvoiceAllocatedItem extends InvoicePart {

    @Column(nullable = false, length = 64)
    private String sku;

    private String name;

    @Column(nullable = false)
    private int quantity;

    protected InvoiceAllocatedItem() {
    }

    InvoiceAllocatedItem(Invoice invoice, int position, AllocatedStock.Item item) {
        super(invoice, position);
        this.sku = item.sku();
        this.name = item.name();
        this.quantity = item.quantity();
    }

    /** The line's description: the product's name, or its sku when inventory sent none. */
    public String description() {
        return name == null || name.isBlank() ? sku : name;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }
}
