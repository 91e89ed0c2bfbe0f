package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The one invoice of an order, keyed by the order id so that the database itself refuses a second one.
 * Its figures are frozen when issued; voiding keeps them and records why.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    @Column(name = "order_id", length = 64)
    public String orderId;

    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceStatus status;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "customer_name")
    public String customerName;

    @Column(name = "customer_email")
    public String customerEmail;

    @Column(name = "billing_country", length = 2)
    public String billingCountry;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InvoiceLineItem> lines = new ArrayList<>();

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal subtotal;

    @Column(name = "discount_code")
    public String discountCode;

    @Column(name = "discount_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal discountTotal;

    @Column(name = "fees_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal feesTotal;

    @Column(name = "tax_rate", nullable = false, precision = 6, scale = 4)
    public BigDecimal taxRate;

    @Column(name = "tax_total", nullable = false, precision = 14, scale = 2)
    public BigDecimal taxTotal;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal total;

    /** Something the customer should know about the figures, e.g. a discount code that was not applied. */
    public String note;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "void_reason")
    public String voidReason;

    protected Invoice() {
    }

    public Invoice(String number, BillingOrder order, InvoiceCalculation calculation, String currency, String note,
            Instant issuedAt) {
        this.orderId = order.orderId;
        this.number = number;
        this.status = InvoiceStatus.PREPARED;
        this.currency = currency;
        this.customerName = order.customerName;
        this.customerEmail = order.customerEmail;
        this.billingCountry = order.country;
        this.subtotal = calculation.subtotal();
        this.discountCode = order.discountCode;
        this.discountTotal = calculation.discountTotal();
        this.feesTotal = calculation.feesTotal();
        this.taxRate = calculation.taxRate();
        this.taxTotal = calculation.taxTotal();
        this.total = calculation.total();
        this.note = note;
        this.issuedAt = issuedAt;
        for (InvoiceCalculation.Line line : calculation.lines()) {
            lines.add(new InvoiceLineItem(this, lines.size() + 1, line));
        }
    }

    public boolean isVoided() {
        return status == InvoiceStatus.VOIDED;
    }

    /** Returns false if it was already voided: voiding twice changes nothing. */
    public boolean voidBecause(String reason, Instant now) {
        if (isVoided()) {
            return false;
        }
        status = InvoiceStatus.VOIDED;
        voidReason = reason;
        voidedAt = now;
        return true;
    }
}
