package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;

/**
 * An issued invoice's figures in the order a reader adds them up: every line (products and fees), less the
 * discount, is the taxable amount; plus the tax it is the total. The parts are the ones {@link InvoiceCalculator}
 * computed and the invoice froze, so linesTotal − discountTotal + taxTotal is the stored total to the cent.
 */
public record InvoiceTotals(BigDecimal linesTotal, BigDecimal discountTotal, BigDecimal taxableAmount,
        BigDecimal taxRate, BigDecimal taxTotal, BigDecimal total) {

    /** Only an issued invoice has figures. */
    public static InvoiceTotals of(Invoice invoice) {
        if (!invoice.wasIssued()) {
            throw new IllegalArgumentException("invoice of order " + invoice.getOrderId() + " was never issued");
        }
        BigDecimal linesTotal = invoice.getSubtotal().add(invoice.getFeesTotal());
        BigDecimal taxable = linesTotal.subtract(invoice.getDiscountTotal());
        return new InvoiceTotals(linesTotal, invoice.getDiscountTotal(), taxable, invoice.getTaxRate(),
                invoice.getTaxTotal(), invoice.getTotal());
    }
}
