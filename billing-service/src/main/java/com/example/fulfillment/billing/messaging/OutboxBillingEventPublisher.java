package com.example.fulfillment.billing.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.BillingEventPublisher;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.RefundIssued;

/** Writes billing's facts as saga events to the outbox, in the transaction of the change that caused them. */
@ApplicationScoped
public class OutboxBillingEventPublisher implements BillingEventPublisher {

    private final EventPublisher outbox;

    OutboxBillingEventPublisher(EventPublisher outbox) {
        this.outbox = outbox;
    }

    @Override
    public void invoicePrepared(Invoice invoice) {
        outbox.publish(new InvoicePrepared(invoice.orderId, invoice.number, invoice.currency,
                BillingWire.invoiceLines(invoice), invoice.subtotal, invoice.discountTotal,
                invoice.feesTotal, invoice.taxTotal, invoice.total));
    }

    @Override
    public void invoiceVoided(Invoice invoice) {
        outbox.publish(new InvoiceVoided(invoice.orderId, invoice.number, invoice.voidReason));
    }

    @Override
    public void refundIssued(Invoice invoice) {
        outbox.publish(new RefundIssued(invoice.orderId, invoice.number, invoice.creditNoteNumber,
                invoice.currency, invoice.refundAmount));
    }
}
