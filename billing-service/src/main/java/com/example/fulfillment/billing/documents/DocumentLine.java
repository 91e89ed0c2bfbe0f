package com.example.fulfillment.billing.documents;

import java.math.BigDecimal;

import com.example.fulfillment.billing.domain.InvoiceLineItem;

/**
 * One row of a document's table. The description is what the invoice line says: the product's name as inventory
 * sent it, its sku when it sent none, or the fee; sku is blank on fee lines, never null.
 */
public record DocumentLine(String description, String sku, int quantity, BigDecimal unitPrice, BigDecimal amount) {

    static DocumentLine of(InvoiceLineItem line) {
        return new DocumentLine(line.getDescription(), line.getSku() == null ? "" : line.getSku(), line.getQuantity(),
                line.getUnitPrice(), line.getAmount());
    }

    /** The same row as a credit note shows it: the amounts given back, as negative figures. */
    DocumentLine credited() {
        return new DocumentLine(description, sku, quantity, unitPrice.negate(), amount.negate());
    }
}
