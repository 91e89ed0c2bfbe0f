package com.example.fulfillment.billing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The correction of an issued invoice in full, because its order was cancelled (the invoice was voided) or
 * refunded. It credits every line of the invoice and the invoice's figures, so its amount is the invoice's total.
 *
 * <p><b>Numbering.</b> A refund's credit note keeps the number it was issued with from its own sequence
 * (CN-&lt;year&gt;-&lt;sequence&gt;), since RefundIssued already told the other services and the customer. A voided
 * invoice's credit note is numbered CN-&lt;invoice number&gt; (CN-INV-2026-000042): derived, it needs no stored
 * state and reads the same every time; an invoice is either voided or refunded, never both, so the two kinds of
 * number never meet. An invoice voided before it was issued has no number, and so no credit note.
 */
public record CreditNote(String number, Reason reason, String explanation, String requestedBy, Instant issuedAt,
        String invoiceNumber, Instant invoiceIssuedAt, String currency, List<InvoiceLineItem> creditedLines,
        InvoiceTotals credited) {

    /** Why the invoice is credited. */
    public enum Reason {
        CANCELLED, REFUNDED
    }

    public static final String VOIDED_INVOICE_PREFIX = "CN-";

    /** Empty unless the invoice was issued and then voided or refunded. */
    public static Optional<CreditNote> of(Invoice invoice) {
        if (invoice.isRefunded()) {
            return Optional.of(new CreditNote(invoice.getCreditNoteNumber(), Reason.REFUNDED,
                    invoice.getRefundReason(), invoice.getRefundRequestedBy(), invoice.getRefundedAt(), invoice));
        }
        if (invoice.isVoided() && invoice.wasIssued()) {
            return Optional.of(new CreditNote(VOIDED_INVOICE_PREFIX + invoice.getNumber(), Reason.CANCELLED,
                    invoice.getVoidReason(), null, invoice.getVoidedAt(), invoice));
        }
        return Optional.empty();
    }

    private CreditNote(String number, Reason reason, String explanation, String requestedBy, Instant issuedAt,
            Invoice invoice) {
        this(number, reason, explanation, requestedBy, issuedAt, invoice.getNumber(), invoice.getIssuedAt(),
                invoice.getCurrency(), invoice.getLines(), InvoiceTotals.of(invoice));
    }
}
