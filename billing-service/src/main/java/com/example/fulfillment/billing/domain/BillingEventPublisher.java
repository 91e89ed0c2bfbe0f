package com.example.fulfillment.billing.domain;

/**
 * What billing tells the other services, each in the transaction of the change it announces. The domain says
 * which invoice the fact is about; the adapter decides how that goes on the wire.
 */
public interface BillingEventPublisher {

    /** The invoice was issued: it has its number, lines and totals. */
    void invoicePrepared(Invoice invoice);

    /** An issued invoice was voided with its order. */
    void invoiceVoided(Invoice invoice);

    /** The invoice was credited in full by its credit note. */
    void refundIssued(Invoice invoice);
}
