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
        outbox.publish(new InvoicePrepared(invoice.getOrderId(), invoice.getNumber(), invoice.getCurrency(),
                BillingWire.invoiceLines(invoice), invoice.getSubtotal(), invoice.getDiscountTotal(),
                invoice.getFeesTotal(), invoice.getTaxTotal(), invoice.getTotal()));
    }

    @Override
    public void invoiceVoided(Invoice invoice) {
        outbox.publish(new InvoiceVoided(invoice.getOrderId(), invoice.getNumber(), invoice.getVoidReason()));
    }

    @Override
    public void refundIssued(Invoice invoice) {
        outbox.publish(new RefundIssued(invoice.getOrderId(), invoice.getNumber(), invoice.getCreditNoteNumber(),
                invoice.getCurrency(), invoice.getRefundAmount()));
    }
}
