package com.example.fulfillment.order.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class DossierDocumentsTest {

    @Test
    void theInvoiceCopyPrintsAFeeLineWithoutASkuAndItsFeesBesideTheMerchandise() {
        PreparedInvoice invoice = new PreparedInvoice("order-1", "INV-2026-000001", "EUR", List.of(
                new InvoiceLine("Red mug", "MUG-1", 1, new BigDecimal("9.99"), new BigDecimal("9.99")),
                new InvoiceLine("Shipping (STANDARD)", null, 1, new BigDecimal("4.90"), new BigDecimal("4.90"))),
                new BigDecimal("9.99"), BigDecimal.ZERO, new BigDecimal("2.83"), new BigDecimal("17.72"));

        String copy = DossierDocuments.invoice(invoice).content();

        assertTrue(copy.contains("1 x Red mug [MUG-1] at 9.99 = 9.99"), copy);
        assertTrue(copy.contains("1 x Shipping (STANDARD) at 4.90 = 4.90"), copy);
        assertFalse(copy.contains("null"), copy);
        // 9.99 + 4.90 - 0 + 2.83 = 17.72: every figure of the total is on the page
        assertTrue(copy.contains("Merchandise: 9.99\nFees: 4.90\nDiscounts: 0\nTaxes: 2.83\nTotal: 17.72 EUR"), copy);
    }
}
