package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    private String orderId;

    /** Null until issued: numbers are handed out only to invoices that exist for the customer. */
    @Column(unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvoiceStatus status;

    @Column(nullable = false, length = 3)
    private String currency;

    private String customerName;
    private String customerEmail;

    @Column(length = 2)
    private String billingCountry;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceLineItem> lines = new ArrayList<>();

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InvoiceAllocatedItem> allocatedItems = new ArrayList<>();

    @Column(precision = 14, scale = 2)
    private BigDecimal subtotal;

    private String discountCode;

    @Column(precision = 14, scale = 2)
    private BigDecimal discountTotal;

    @Column(precision = 14, scale = 2)
    private BigDecimal feesTotal;

    @Column(precision = 6, scale = 4)
    private BigDecimal taxRate;

    @Column(precision = 14, scale = 2)
    private BigDecimal taxTotal;

    @Column(precision = 14, scale = 2)
    private BigDecimal total;

    /** Something the customer should know about the figures, e.g. a discount code that was not applied. */
    private String note;

    private Instant allocatedAt;
    private Instant issuedAt;
    private Instant voidedAt;
    private String voidReason;

    @Column(unique = true)
    private String creditNoteNumber;

    private Instant refundedAt;

    /** What the credit note gives back: the whole total, since refunds are full refunds. */
    @Column(precision = 14, scale = 2)
    private BigDecimal refundAmount;

    private String refundReason;
    private String refundRequestedBy;

    protected Invoice() {
    }

    /** The invoice of freshly allocated stock, before it is priced: issue it once every sku has a price. */
    public static Invoice allocated(BillingOrder order, List<AllocatedStock.Item> items, String currency,
            Instant now) {
        Invoice invoice = new Invoice();
        invoice.orderId = order.getOrderId();
        invoice.status = InvoiceStatus.AWAITING_PRICES;
        invoice.currency = currency;
        invoice.customerName = order.getCustomerName();
        invoice.customerEmail = order.getCustomerEmail();
        invoice.billingCountry = order.getCountry();
        invoice.discountCode = order.getDiscountCode();
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

    public String getOrderId() {
        return orderId;
    }

    public String getNumber() {
        return number;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getBillingCountry() {
        return billingCountry;
    }

    /** In position order; empty until issued. */
    public List<InvoiceLineItem> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** In the order inventory allocated them. */
    public List<InvoiceAllocatedItem> getAllocatedItems() {
        return Collections.unmodifiableList(allocatedItems);
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public String getDiscountCode() {
        return discountCode;
    }

    public BigDecimal getDiscountTotal() {
        return discountTotal;
    }

    public BigDecimal getFeesTotal() {
        return feesTotal;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getNote() {
        return note;
    }

    public Instant getAllocatedAt() {
        return allocatedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public String getCreditNoteNumber() {
        return creditNoteNumber;
    }

    public Instant getRefundedAt() {
        return refundedAt;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public String getRefundRequestedBy() {
        return refundRequestedBy;
    }
}
