package com.example.fulfillment.billing.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What every numbered row of an invoice has: its own id, its invoice, and its place there (from 1). */
@MappedSuperclass
public abstract class InvoicePart extends PanacheEntityBase {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_order_id")
    private Invoice invoice;

    @Column(nullable = false)
    private int position;

    protected InvoicePart() {
    }

    protected InvoicePart(Invoice invoice, int position) {
        this.id = UUID.randomUUID();
        this.invoice = invoice;
        this.position = position;
    }
}
