package com.example.fulfillment.billing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CreditNoteTest {

    private static final Instant ISSUED = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void the_totals_add_every_line_then_discount_and_tax_up_to_the_stored_total() {
        Invoice invoice = issued();
        InvoiceTotals totals = InvoiceTotals.of(invoice);

        // merchandise 19.99 + shipping 4.90 = 24.89; 10 % of 19.99 = 1.999 → 2.00; 19 % of 22.89 = 4.3491 → 4.35
        assertEquals(new BigDecimal("24.89"), totals.linesTotal());
        assertEquals(invoice.getLines().stream().map(InvoiceLineItem::getAmount).reduce(BigDecimal::add).orElseThrow(),
                totals.linesTotal());
        assertEquals(new BigDecimal("2.00"), totals.discountTotal());
        assertEquals(new BigDecimal("22.89"), totals.taxableAmount());
        assertEquals(new BigDecimal("4.35"), totals.taxTotal());
        assertEquals(new BigDecimal("27.24"), totals.total());
        assertEquals(totals.total(), totals.linesTotal().subtract(totals.discountTotal()).add(totals.taxTotal()));
    }

    @Test
    void an_issued_and_owed_invoice_and_one_voided_before_issue_have_no_credit_note() {
        assertTrue(CreditNote.of(issued()).isEmpty());

        Invoice waiting = allocated();
        waiting.voidBecause("cancelled", LATER);
        assertTrue(CreditNote.of(waiting).isEmpty());
    }

    @Test
    void a_voided_invoice_is_credited_by_a_note_numbered_after_it() {
        Invoice invoice = issued();
        invoice.voidBecause("customer changed their mind", LATER);

        CreditNote note = CreditNote.of(invoice).orElseThrow();

        assertEquals("CN-INV-2026-000042", note.number());
        assertEquals(CreditNote.Reason.CANCELLED, note.reason());
        assertEquals("customer changed their mind", note.explanation());
        assertEquals("INV-2026-000042", note.invoiceNumber());
        assertEquals(LATER, note.issuedAt());
        assertEquals(3, note.creditedLines().size());
        assertEquals(new BigDecimal("27.24"), note.credited().total());
        assertEquals(note, CreditNote.of(invoice).orElseThrow(), "read again, it is the same note");
    }

    @Test
    void a_refunded_invoice_is_credited_by_the_note_it_was_refunded_with() {
        Invoice invoice = issued();
        invoice.refund("CN-2026-000007", "grace", "parcel lost", LATER);

        CreditNote note = CreditNote.of(invoice).orElseThrow();

        assertEquals("CN-2026-000007", note.number());
        assertEquals(CreditNote.Reason.REFUNDED, note.reason());
        assertEquals("parcel lost", note.explanation());
        assertEquals("grace", note.requestedBy());
        assertEquals(invoice.getRefundAmount(), note.credited().total());
    }

    private static Invoice issued() {
        Invoice invoice = allocated();
        InvoiceCalculation calculation = new InvoiceCalculator(2).calculate(List.of(
                ChargeableItem.product("Mug", "MUG-1", 1, new BigDecimal("9.99")),
                ChargeableItem.product("TEE-1", "TEE-1", 2, new BigDecimal("5.00")),
                ChargeableItem.fee("Shipping (STANDARD)", new BigDecimal("4.90"))),
                Optional.of(DiscountRule.parse("WELCOME10", "PERCENT:10")), new BigDecimal("0.19"));
        invoice.issue("INV-2026-000042", calculation, null, ISSUED);
        return invoice;
    }

    private static Invoice allocated() {
        BillingOrder order = new BillingOrder(new OrderToBill("order-1", new CustomerContact("Ada Lovelace", null),
                new PostalAddress(null, null, null, null, null, "DE"), ShippingMethod.STANDARD, false, false, null,
                null));
        return Invoice.allocated(order, List.of(new AllocatedStock.Item("MUG-1", "Mug", 1),
                new AllocatedStock.Item("TEE-1", null, 2)), "EUR", ISSUED);
    }
}
