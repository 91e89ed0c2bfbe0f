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
 * It starts from the allocated stock; while a sku has no price it waits (AWAITING_PRICES) without number or
 * figures. Its figures are frozen when issued; voiding and refunding keep them and record why.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String orderId;

    /** Null until issued: numbers are handed out only to invoices that exist for the customer. */
    @Column(unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvoiceStatus status;

    @Column(nullable = false, length = 3)
    public String currency;

    public String customerName;

    public String customerEmail;

    @Column(length = 2)
    public String billingCountry;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InvoiceLineItem> lines = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InvoiceAllocatedItem> allocatedItems = new ArrayList<>();

    @Column(precision = 14, scale = 2)
    public BigDecimal subtotal;

    public String discountCode;

    @Column(precision = 14, scale = 2)
    public BigDecimal discountTotal;

    @Column(precision = 14, scale = 2)
    public BigDecimal feesTotal;

    @Column(precision = 6, scale = 4)
    public BigDecimal taxRate;

    @Column(precision = 14, scale = 2)
    public BigDecimal taxTotal;

    @Column(precision = 14, scale = 2)
    public BigDecimal total;

    /** Something the customer should know about the figures, e.g. a discount code that was not applied. */
    public String note;

    public Instant allocatedAt;

    public Instant issuedAt;

    public Instant voidedAt;

    public String voidReason;

    @Column(unique = true)
    public String creditNoteNumber;

    public Instant refundedAt;

    /** What the credit note gives back: the whole total, since refunds are full refunds. */
    @Column(precision = 14, scale = 2)
    public BigDecimal refundAmount;

    public String refundReason;

    public String refundRequestedBy;

    protected Invoice() {
    }

    /** The invoice of freshly allocated stock, before it is priced: issue it once every sku has a price. */
    public static Invoice allocated(BillingOrder order, List<AllocatedStock.Item> items, String currency,
            Instant now) {
        Invoice invoice = new Invoice();
        invoice.orderId = order.orderId;
        invoice.status = InvoiceStatus.AWAITING_PRICES;
        invoice.currency = currency;
        invoice.customerName = order.customerName;
        invoice.customerEmail = order.customerEmail;
        invoice.billingCountry = order.country;
        invoice.discountCode = order.discountCode;
        invoice.allocatedAt = now;
        for (AllocatedStock.Item item : items) {
            invoice.allocatedItems.add(new InvoiceAllocatedItem(invoice, invoice.allocatedItems.size() + 1, item));
        }
        return invoice;
    }

    public boolean isAwaitingPrices() {
        return status == InvoiceStatus.AWAITING_PRICES;
    }

    /** Gives the waiting invoice its number and figures; from here on they never change. */
    public void issue(String issuedNumber, InvoiceCalculation calculation, String customerNote, Instant now) {
        if (!isAwaitingPrices()) {
            throw new IllegalStateException("invoice of order " + orderId + " is already " + status);
        }
        this.number = issuedNumber;
        this.status = InvoiceStatus.PREPARED;
        this.subtotal = calculation.subtotal();
        this.discountTotal = calculation.discountTotal();
        this.feesTotal = calculation.feesTotal();
        this.taxRate = calculation.taxRate();
        this.taxTotal = calculation.taxTotal();
        this.total = calculation.total();
        this.note = customerNote;
        this.issuedAt = now;
        for (InvoiceCalculation.Line line : calculation.lines()) {
            lines.add(new InvoiceLineItem(this, lines.size() + 1, line));
        }
    }

    /** Whether it was ever issued to the customer, i.e. has a number others know it by. */
    public boolean wasIssued() {
        return number != null;
    }

    public boolean isVoided() {
        return status == InvoiceStatus.VOIDED;
    }

    public boolean isRefunded() {
        return status == InvoiceStatus.REFUNDED;
    }

    /**
     * Returns false if it was already voided or refunded: voiding twice changes nothing, and a refunded invoice
     * is settled by its credit note. A waiting invoice is voided too, so that later prices never issue it.
     */
    public boolean voidBecause(String reason, Instant now) {
        if (isVoided() || isRefunded()) {
            return false;
        }
        status = InvoiceStatus.VOIDED;
        voidReason = reason;
        voidedAt = now;
        return true;
    }

    /** Whether a refund can credit it: only an issued invoice that is still owed. */
    public boolean isRefundable() {
        return status == InvoiceStatus.PREPARED;
    }

    /** Credits the whole invoice with the credit note; only a refundable invoice can be refunded. */
    public void refund(String issuedCreditNoteNumber, String requestedBy, String reason, Instant now) {
        if (!isRefundable()) {
            throw new IllegalStateException("invoice of order " + orderId + " is " + status + ", not refundable");
        }
        status = InvoiceStatus.REFUNDED;
        creditNoteNumber = issuedCreditNoteNumber;
        refundAmount = total;
        refundRequestedBy = requestedBy;
        refundReason = reason;
        refundedAt = now;
    }
}
