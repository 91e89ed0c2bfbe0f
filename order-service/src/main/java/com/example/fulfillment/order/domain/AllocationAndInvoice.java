package com.example.fulfillment.order.domain;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Steps 3 and 4, and their undoing after a cancellation: inventory reserves the lines (or gives them back),
 * billing prepares the invoice (or voids it). The invoice joins the dossier; an invoiced order that is already
 * packed and labelled is ready for shipment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AllocationAndInvoice {

    private static final Logger LOG = Logger.getLogger(AllocationAndInvoice.class);

    private final SagaSteps steps;
    private final Dossier dossier;

    AllocationAndInvoice(SagaSteps steps, Dossier dossier) {
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
            return;
        }
        if (order.isInvoicedWith(invoice.invoiceNumber())) {
            LOG.debugf("order %s already has invoice %s", order.getId(), invoice.invoiceNumber());
            return;
        }
        order.invoice(invoice.invoiceNumber(), invoice.currency(), invoice.total());
        dossier.collect(order.getId(), OrderDocument.INVOICE, DossierDocuments.invoice(invoice), steps.now());
        if (order.hasReached(OrderStatus.INVOICED)) {
            steps.record(order, "invoice prepared", cause, summary, null);
            return;
        }
        steps.move(order, OrderStatus.INVOICED, "invoice prepared", cause, summary);
        steps.moveToReadyIfPackedAndLabelled(order);
    }

    public void invoiceVoided(String orderId, String invoiceNumber, String reason, String cause) {
        Order order = steps.known(orderId);
        steps.recordOnce(order, "invoice voided", cause, invoiceNumber + ": " + reason,
                "InvoiceVoided:" + invoiceNumber);
    }
}
