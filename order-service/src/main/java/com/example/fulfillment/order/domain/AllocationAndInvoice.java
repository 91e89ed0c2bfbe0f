package com.example.fulfillment.order.domain;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Steps 3 and 4, and their undoing after a cancellation: inventory reserves the lines (or gives them back),
 * billing prepares the invoice (or voids it). The invoice, and after a cancellation the credit note, join the
 * dossier as billing made them; an invoiced order that is already packed and labelled is ready for shipment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AllocationAndInvoice {

    private static final Logger LOG = Logger.getLogger(AllocationAndInvoice.class);

    private final SagaSteps steps;
    private final DossierFiling dossier;

    AllocationAndInvoice(SagaSteps steps, DossierFiling dossier) {
        this.steps = steps;
        this.dossier = dossier;
    }

    public void stockAllocated(String orderId, List<OrderLine> items, String cause) {
        Order order = steps.known(orderId);
        if (steps.keptWhileCancelled(order, "stock allocated", cause, null)
                || steps.alreadyAt(order, OrderStatus.ALLOCATED, cause)) {
            return;
        }
        steps.move(order, OrderStatus.ALLOCATED, "stock allocated", cause, items.stream()
                .map(item -> item.quantity() + " x " + item.sku()).collect(Collectors.joining(", ")));
    }

    public void stockReleased(String orderId, String reason, String cause) {
        Order order = steps.known(orderId);
        // inventory gives back everything the order holds at once, so a release repeated while the order stayed in
        // the same status of the same shipment pass is the same release
        steps.recordOnce(order, "stock released", cause, reason,
                "StockReleased:" + order.getStatus() + order.shipmentPass());
    }

    public void invoicePrepared(PreparedInvoice invoice, String cause) {
        Order order = steps.known(invoice.orderId());
        String summary = "invoice " + invoice.invoiceNumber() + ": " + invoice.total() + " " + invoice.currency();
        if (steps.keptWhileCancelled(order, "invoice prepared", cause, summary)) {
            // billing issued it before it heard of the cancellation: the credit note to come corrects this invoice,
            // so the cancelled order's dossier keeps both
            collectInvoice(order, invoice);
            return;
        }
        if (order.isInvoicedWith(invoice.invoiceNumber())) {
            LOG.debugf("order %s already has invoice %s", order.getId(), invoice.invoiceNumber());
            return;
        }
        order.invoice(invoice.invoiceNumber(), invoice.currency(), invoice.total());
        collectInvoice(order, invoice);
        if (order.hasReached(OrderStatus.INVOICED)) {
            steps.record(order, "invoice prepared", cause, summary, null);
            return;
        }
        steps.move(order, OrderStatus.INVOICED, "invoice prepared", cause, summary);
        steps.moveToReadyIfPackedAndLabelled(order);
    }

    /** The credit note of the voided invoice joins the cancelled order's dossier, filed already. */
    public void invoiceVoided(VoidedInvoice voided, String cause) {
        Order order = steps.known(voided.orderId());
        if (steps.recordOnce(order, "invoice voided", cause, voided.invoiceNumber() + ": " + voided.reason(),
                "InvoiceVoided:" + voided.invoiceNumber()) && voided.creditNote() != null) {
            dossier.collect(order, OrderDocument.CREDIT_NOTE, voided.creditNote(), steps.now());
        }
    }

    /** An invoice announced without its document (an event older than the PDF) leaves the dossier without one. */
    private void collectInvoice(Order order, PreparedInvoice invoice) {
        if (invoice.invoiceDocument() != null) {
            dossier.collect(order, OrderDocument.INVOICE, invoice.invoiceDocument(), steps.now());
        }
    }
}
