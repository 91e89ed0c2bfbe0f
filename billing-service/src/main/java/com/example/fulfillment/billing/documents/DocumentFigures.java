package com.example.fulfillment.billing.documents;

import java.math.BigDecimal;

import com.example.fulfillment.billing.domain.InvoiceTotals;

import io.quarkus.qute.TemplateData;

/**
 * The totals block of a document, each figure signed as it is added: linesTotal + discount + taxTotal = total.
 * An invoice subtracts its discount; a credit note gives back every line and the tax, and takes the discount
 * the customer never paid back out, so all its figures but the discount are negative.
 */
@TemplateData
public record DocumentFigures(BigDecimal linesTotal, BigDecimal discount, String taxPercent, BigDecimal taxableAmount,
        BigDecimal taxTotal, BigDecimal total) {

    static DocumentFigures charged(InvoiceTotals totals) {
        return new DocumentFigures(totals.linesTotal(), totals.discountTotal().negate(), percentOf(totals.taxRate()),
                totals.taxableAmount(), totals.taxTotal(), totals.total());
    }

    static DocumentFigures credited(InvoiceTotals totals) {
        return new DocumentFigures(totals.linesTotal().negate(), totals.discountTotal(), percentOf(totals.taxRate()),
                totals.taxableAmount().negate(), totals.taxTotal().negate(), totals.total().negate());
    }

    public boolean hasDiscount() {
        return discount.signum() != 0;
    }

    /** The rate for people: 19 for 0.19, 7.5 for 0.075. */
    private static String percentOf(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString();
    }
}
