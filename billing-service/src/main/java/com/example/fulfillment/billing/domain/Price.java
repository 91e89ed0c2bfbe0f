package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current unit price of a product, in the billing currency. Invoices copy it, so a later change never alters them. */
@Entity
@Table(name = "price")
public class Price extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    private String sku;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private Instant updatedAt;

    /** Who set the price last, for the audit; null for prices set before this was recorded. */
    private String updatedBy;

    protected Price() {
    }

    public Price(String sku, BigDecimal unitPrice, String setBy, Instant now) {
        this.sku = sku;
        change(unitPrice, setBy, now);
    }

    public void change(BigDecimal newUnitPrice, String setBy, Instant now) {
        if (newUnitPrice == null || newUnitPrice.signum() <= 0) {
            throw new IllegalArgumentException("a unit price must be above zero");
        }
        this.unitPrice = newUnitPrice;
        this.updatedAt = now;
        this.updatedBy = setBy;
    }

    public String getSku() {
        return sku;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
