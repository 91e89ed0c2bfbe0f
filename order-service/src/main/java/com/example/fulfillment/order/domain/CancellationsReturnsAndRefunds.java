package com.example.fulfillment.order.domain;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The ways out of the happy path, as the other services report them: shipping calls a parcel off after a
 * cancellation, the carrier brings one back, billing refunds what ops decided to refund (its credit note joins
 * the dossier).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CancellationsReturnsAndRefunds {

    private final SagaSteps steps;
    private final DossierFiling dossier;

    CancellationsReturnsAndRefunds(SagaSteps steps, DossierFiling dossier) {
        this.steps = steps;
        this.dossier = dossier;
    }

    public void shipmentCancelled(String orderId, String trackingNumber, String reason, String cause) {
        Order order = steps.known(orderId);
        String detail = (trackingNumber == null ? "no label yet" : "tracking number " + trackingNumber) + ": " + reason;
        // shipping calls a shipment off once: its label's tracking number names it, or, before any label, the pass
        String shipment = trackingNumber == null ? "unlabelled" + order.shipmentPass() : trackingNumber;
        steps.recordOnce(order, "shipment cancelled", cause, detail, "ShipmentCancelled:" + shipment);
    }

    /** The goods are back in the warehouse; if nobody reported the failure yet, this is it. */
    public void shipmentReturned(String orderId, String trackingNumber, List<OrderLine> items, String cause) {
        Order order = steps.known(orderId);
        String detail = "tracking number " + trackingNumber + ": " + (items == null ? ""
                : items.stream().map(item -> item.quantity() + " x " + item.sku())
                        .collect(Collectors.joining(", "))) + " back in the warehouse";
        String reference = "ShipmentReturned:" + trackingNumber;
        if (order.hasRecorded(reference)) {
            return;
        }
        if (order.getParcel().concerns(trackingNumber)
                && OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERY_FAILED)) {
            steps.move(order, OrderStatus.DELIVERY_FAILED, "shipment returned", cause, detail, reference);
            return;
        }
        steps.record(order, "shipment returned", cause, detail, reference);
    }

    public void refundIssued(IssuedRefund refund, String cause) {
        Order order = steps.known(refund.orderId());
        if (steps.recordOnce(order, "refund issued", cause, "credit note " + refund.creditNoteNumber()
                + " for invoice " + refund.invoiceNumber() + ": " + DossierDocuments.amount(refund.amount()) + " "
                + refund.currency(), "RefundIssued:" + refund.creditNoteNumber())) {
            order.refundedWith(refund.creditNoteNumber(), refund.currency(), refund.amount());
            if (refund.creditNote() != null) {
                // the refunded order's dossier was filed when ops refunded it: the credit note joins it now
                dossier.collect(order, OrderDocument.CREDIT_NOTE, refund.creditNote(), steps.now());
            }
        }
    }
}
