package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A line of an invoice as issued: the price is a copy, not a reference to the price table. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLineItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_order_id")
    public Invoice invoice;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceLineKind kind;

    @Column(nullable = false)
    public String description;

    public String sku;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal unitPrice;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    protected InvoiceLineItem() {
    }

    InvoiceLineItem(Invoice invoice, int position, InvoiceCalculation.Line line) {
        this.id = UUID.randomUUID();
        this.invoice = invoice;
        this.position = position;
        this.kind = line.kind();
        this.description = line.description();
        this.sku = line.sku();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.amount = line.amount();
    }
}
