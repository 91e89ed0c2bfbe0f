package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A line of an invoice as issued: the price is a copy, not a reference to the price table. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLineItem extends InvoicePart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceLineKind kind;

    @Column(nullable = false)
    private String description;

    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected InvoiceLineItem() {
    }

    InvoiceLineItem(Invoice invoice, int position, InvoiceCalculation.Line line) {
        super(invoice, position);
        this.kind = line.kind();
        this.description = line.description();
        this.sku = line.sku();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
    }

    public InvoiceLineKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
