package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.documents.IssuedDocuments;
import com.example.fulfillment.billing.domain.BillingEventPublisher;
import com.example.fulfillment.billing.domain.CreditNote;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.model.Document;

/**
 * Writes billing's facts as saga events to the outbox, in the transaction of the change that caused them. The
 * invoice and the credit note travel as the PDF the customer gets, rendered here from the state just changed, so
 * that the order's dossier files what the customer has.
 */
@ApplicationScoped
public class OutboxBillingEventPublisher implements BillingEventPublisher {

    private final EventPublisher outbox;
    private final IssuedDocuments documents;

    OutboxBillingEventPublisher(EventPublisher outbox, IssuedDocuments documents) {
        this.outbox = outbox;
        this.documents = documents;
    }

    @Override
    public void invoicePrepared(Invoice invoice) {
        outbox.publish(new InvoicePrepared(invoice.getOrderId(), invoice.getNumber(), invoice.getCurrency(),
                BillingWire.invoiceLines(invoice), invoice.getSubtotal(), invoice.getDiscountTotal(),
                invoice.getFeesTotal(), invoice.getTaxTotal(), invoice.getTotal(),
                BillingWire.invoiceDocument(invoice.getNumber(), documents.invoicePdf(invoice))));
    }

    @Override
    public void invoiceVoided(Invoice invoice) {
        outbox.publish(new InvoiceVoided(invoice.getOrderId(), invoice.getNumber(), invoice.getVoidReason(),
                creditNoteOf(invoice)));
    }

    @Override
    public void refundIssued(Invoice invoice) {
        outbox.publish(new RefundIssued(invoice.getOrderId(), invoice.getNumber(), invoice.getCreditNoteNumber(),
                invoice.getCurrency(), invoice.getRefundAmount(), creditNoteOf(invoice)));
    }

    /** Null only if the invoice has no credit note, which the domain never announces; the field is nullable. */
    private Document creditNoteOf(Invoice invoice) {
        return CreditNote.of(invoice).map(creditNote -> BillingWire.creditNoteDocument(creditNote.number(),
                documents.creditNotePdf(creditNote, invoice))).orElse(null);
    }
}
