package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;

/** One thing the customer pays for, before any totals: an allocated product or a fee. sku is null for fees. */
public record ChargeableItem(InvoiceLineKind kind, String description, String sku, int quantity,
        BigDecimal unitPrice) {

    public static ChargeableItem product(String description, String sku, int quantity, BigDecimal unitPrice) {
        return new ChargeableItem(InvoiceLineKind.PRODUCT, description, sku, quantity, unitPrice);
    }

    public static ChargeableItem fee(String description, BigDecimal amount) {
        return new ChargeableItem(InvoiceLineKind.FEE, description, null, 1, amount);
    }
}
