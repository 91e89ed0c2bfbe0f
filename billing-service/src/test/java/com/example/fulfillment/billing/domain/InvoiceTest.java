package com.example.fulfillment.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Instant ALLOCATED = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void an_allocated_invoice_waits_without_number_or_figures_and_keeps_what_was_allocated() {
        Invoice invoice = allocated();

        assertEquals(InvoiceStatus.AWAITING_PRICES, invoice.getStatus());
        assertFalse(invoice.wasIssued());
        assertNull(invoice.getTotal());
        assertEquals(List.of("MUG-1", "TEE-1"),
                invoice.getAllocatedItems().stream().map(InvoiceAllocatedItem::getSku).toList());
        assertEquals("TEE-1", invoice.getAllocatedItems().get(1).description()); // no name: the sku describes it
        assertFalse(invoice.isRefundable());
    }

    @Test
    void issuing_gives_number_and_frozen_figures_once() {
        Invoice invoice = allocated();
        invoice.issue("INV-2026-000001", calculation(), null, LATER);

        assertEquals(InvoiceStatus.PREPARED, invoice.getStatus());
        assertEquals("INV-2026-000001", invoice.getNumber());
        assertEquals(new BigDecimal("29.75"), invoice.getTotal());
        assertEquals(2, invoice.getLines().size());
        assertThrows(IllegalStateException.class,
                () -> invoice.issue("INV-2026-000002", calculation(), null, LATER));
    }

    @Test
    void a_refund_credits_the_whole_total_and_only_an_owed_invoice() {
        Invoice invoice = allocated();
        invoice.issue("INV-2026-000001", calculation(), null, LATER);

        invoice.refund("CN-2026-000001", "grace", "lost", LATER);

        assertEquals(InvoiceStatus.REFUNDED, invoice.getStatus());
        assertEquals(invoice.getTotal(), invoice.getRefundAmount());
        assertEquals("CN-2026-000001", invoice.getCreditNoteNumber());
        assertThrows(IllegalStateException.class, () -> invoice.refund("CN-2026-000002", "grace", "again", LATER));
        assertFalse(invoice.voidBecause("cancelled after the refund", LATER), "a refunded invoice is settled");
        assertEquals(InvoiceStatus.REFUNDED, invoice.getStatus());
    }

    @Test
    void a_voided_invoice_cannot_be_refunded_and_a_waiting_one_can_be_voided() {
        Invoice issued = allocated();
        issued.issue("INV-2026-000001", calculation(), null, LATER);
        assertTrue(issued.voidBecause("cancelled", LATER));
        assertFalse(issued.isRefundable());
        assertThrows(IllegalStateException.class, () -> issued.refund("CN-2026-000001", "grace", "x", LATER));

        Invoice waiting = allocated();
        assertTrue(waiting.voidBecause("cancelled", LATER));
        assertFalse(waiting.wasIssued());
        assertThrows(IllegalStateException.class, () -> waiting.issue("INV-2026-000003", calculation(), null, LATER));
    }

    private static Invoice allocated() {
        BillingOrder order = new BillingOrder(new OrderToBill("order-1", new CustomerContact("Ada Lovelace", null),
                new PostalAddress(null, null, null, null, null, "DE"), ShippingMethod.STANDARD, false, false, null,
                null));
        return Invoice.allocated(order, List.of(
                new AllocatedStock.Item("MUG-1", "Mug", 2),
                new AllocatedStock.Item("TEE-1", null, 1)), "EUR", ALLOCATED);
    }

    private static InvoiceCalculation calculation() {
        return new InvoiceCalculator(2).calculate(List.of(
                ChargeableItem.product("Mug", "MUG-1", 2, new BigDecimal("5.00")),
                ChargeableItem.product("TEE-1", "TEE-1", 1, new BigDecimal("15.00"))),
                Optional.empty(), new BigDecimal("0.19"));
    }
}
