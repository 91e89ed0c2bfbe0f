package com.example.fulfillment.billing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.example.fulfillment.events.model.ShippingMethod;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Billing's own copy of what an order says about whom to bill, where it goes and which options cost extra. */
@Entity
@Table(name = "billing_order")
public class BillingOrder extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String orderId;

    public String customerName;

    public String customerEmail;

    public String recipient;
    public String street;
    public String city;

    public String postalCode;

    public String region;

    /** Decides the tax rate. */
    @Column(length = 2)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ShippingMethod shippingMethod;

    @Column(nullable = false)
    public boolean giftWrap;

    @Column(nullable = false)
    public boolean specialPackaging;

    public String discountCode;

    public Instant receivedAt;

    /** Set when the order was cancelled, so that a late allocation does not invoice a cancelled order. */
    public Instant cancelledAt;

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public void cancel(Instant now) {
        if (cancelledAt == null) {
            cancelledAt = now;
        }
    }
}
