package com.example.fulfillment.billing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Billing's own copy of what an order says about whom to bill, where it goes and which options cost extra. */
@Entity
@Table(name = "billing_order")
public class BillingOrder extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    private String orderId;

    private String customerName;
    private String customerEmail;
    private String recipient;
    private String street;
    private String city;
    private String postalCode;
    private String region;

    /** Decides the tax rate. */
    @Column(length = 2)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShippingMethod shippingMethod;

    @Column(nullable = false)
    private boolean giftWrap;

    @Column(nullable = false)
    private boolean specialPackaging;

    private String discountCode;
    private Instant receivedAt;

    /** Set when the order was cancelled, so that a late allocation does not invoice a cancelled order. */
    private Instant cancelledAt;

    protected BillingOrder() {
    }

    /** Only a complete order can be billed: see {@link OrderToBill#isComplete()}. */
    public BillingOrder(OrderToBill order) {
        if (!order.isComplete()) {
            throw new IllegalArgumentException("order " + order.orderId() + " is incomplete");
        }
        this.orderId = order.orderId();
        this.customerName = order.customer().name();
        this.customerEmail = order.customer().email();
        this.recipient = order.shippingAddress().recipient();
        this.street = order.shippingAddress().street();
        this.city = order.shippingAddress().city();
        this.postalCode = order.shippingAddress().postalCode();
        this.region = order.shippingAddress().region();
        this.country = order.shippingAddress().country();
        this.shippingMethod = order.shippingMethod();
        this.giftWrap = order.giftWrap();
        this.specialPackaging = order.specialPackaging();
        this.discountCode = order.discountCode();
        this.receivedAt = order.receivedAt();
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    /** The order's only address, so the one the invoice is made out to. */
    public PostalAddress getAddress() {
        return new PostalAddress(recipient, street, city, postalCode, region, country);
    }

    public String getCountry() {
        return country;
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public boolean isGiftWrap() {
        return giftWrap;
    }

    public boolean isSpecialPackaging() {
        return specialPackaging;
    }

    public String getDiscountCode() {
        return discountCode;
    }
}
