package com.example.fulfillment.events;

import java.math.BigDecimal;

import com.example.fulfillment.events.model.Document;

/**
 * Billing credited the invoice: the amount goes back to the customer. creditNote is the credit note
 * creditNoteNumber as the customer gets it (kind CREDIT_NOTE, application/pdf, base64); null in events published
 * before billing sent it.
 */
public record RefundIssued(String orderId, String invoiceNumber, String creditNoteNumber, String currency,
        BigDecimal amount, Document creditNote) implements SagaEvent {

    /** A refund announced without its credit note, as every event before creditNote existed. */
    public RefundIssued(String orderId, String invoiceNumber, String creditNoteNumber, String currency,
            BigDecimal amount) {
        this(orderId, invoiceNumber, creditNoteNumber, currency, amount, null);
    }
}
