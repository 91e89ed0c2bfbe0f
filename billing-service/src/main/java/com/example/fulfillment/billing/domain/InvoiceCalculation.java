package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.util.List;

/** The figures of an invoice, as {@link InvoiceCalculator} computes them; every amount has the currency's scale. */
public record InvoiceCalculation(List<Line> lines, BigDecimal subtotal, BigDecimal discountTotal,
        BigDecimal feesTotal, BigDecimal taxRate, BigDecimal taxTotal, BigDecimal total) {

    public record Line(InvoiceLineKind kind, String description, String sku, int quantity, BigDecimal unitPrice,
            BigDecimal amount) {
    }
}
