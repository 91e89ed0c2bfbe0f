package com.example.fulfillment.billing.domain;

/** Products make up the discountable merchandise subtotal; fees do not. */
public enum InvoiceLineKind {
    PRODUCT, FEE
}
