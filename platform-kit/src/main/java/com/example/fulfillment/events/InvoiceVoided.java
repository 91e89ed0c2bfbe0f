package com.example.fulfillment.events;

import com.example.fulfillment.events.model.Document;

/**
 * Compensation of step 4. creditNote is the credit note that corrects the voided invoice as the customer gets it
 * (kind CREDIT_NOTE, application/pdf, base64); null in events published before billing sent it.
 */
public record InvoiceVoided(String orderId, String invoiceNumber, String reason, Document creditNote)
        implements SagaEvent {

    /** A voided invoice announced without its credit note, as every event before creditNote existed. */
    public InvoiceVoided(String orderId, String invoiceNumber, String reason) {
        this(orderId, invoiceNumber, reason, null);
    }
}
