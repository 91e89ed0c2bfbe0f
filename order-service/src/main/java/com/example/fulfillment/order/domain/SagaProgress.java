package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderPacked;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ShipmentCancelled;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockReleased;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.InvoiceLine;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.order.persistence.ApprovalTaskRepository;
import com.example.fulfillment.order.persistence.OrderRepository;

/**
 * How the order follows the other services' facts. Every reaction is safe against a business duplicate (the same
 * fact under a new event id): it checks the status or the fact's business key before changing anything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SagaProgress {

    private static final Logger LOG = Logger.getLogger(SagaProgress.class);

    private final OrderRepository orders;
    private final ApprovalTaskRepository tasks;
    private final ApprovalService approvals;
    private final Dossier dossier;
    private final SagaEvents events;
    private final Clock clock;

    SagaProgress(OrderRepository orders, ApprovalTaskRepository tasks, ApprovalService approvals, Dossier dossier,
            SagaEvents events, Clock clock) {
        this.orders = orders;
        this.tasks = tasks;
        this.approvals = approvals;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
    }

    public void stockVerified(StockVerified event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        if (keptWhileCancelled(order, "stock verified", cause, null) || alreadyAt(order, OrderStatus.AVAILABILITY_VERIFIED,
                context)) {
            return;
        }
        order.forgetShortages();
        move(order, OrderStatus.AVAILABILITY_VERIFIED, "availability verified", cause,
                event.lines().size() + " line(s) in stock");
        if (tasks.findPending(order.getId(), ApprovalGate.ORDER_VERIFICATION).isPresent()) {
            // the task opened before the stock ran out is still waiting for a person: it now covers this pass
            return;
        }
        approvals.open(order, ApprovalGate.ORDER_VERIFICATION, "", event, new ApprovalFacts(
                OrderRules.totalQuantity(order.contractLines()), order.getShippingMethod(), null), cause);
    }

    public void stockUnavailable(StockUnavailable event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String shortages = event.shortages().stream().map(SagaProgress::describe).collect(Collectors.joining("; "));
        if (keptWhileCancelled(order, "stock unavailable", cause, shortages)) {
            return;
        }
        order.rememberShortages(event.shortages());
        if (OrderTransitions.allowed(order.getStatus(), OrderStatus.AWAITING_STOCK)) {
            move(order, OrderStatus.AWAITING_STOCK, "awaiting stock", cause, shortages);
        } else {
            recordOnce(order, "stock unavailable", cause, shortages,
                    "StockUnavailable:" + order.getStatus() + ":" + shortKey(shortages));
        }
    }

    public void stockAllocated(StockAllocated event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        if (keptWhileCancelled(order, "stock allocated", cause, null) || alreadyAt(order, OrderStatus.ALLOCATED,
                context)) {
            return;
        }
        move(order, OrderStatus.ALLOCATED, "stock allocated", cause, event.items().stream()
                .map(item -> item.quantity() + " x " + item.sku()).collect(Collectors.joining(", ")));
    }

    public void stockReleased(StockReleased event, EventContext context) {
        Order order = known(event.orderId());
        // a release repeated while nothing else happened to the order is the same release
        recordOnce(order, "stock released", causeOf(context), event.reason(),
                "StockReleased:" + order.getStatus() + ":" + shortKey(event.reason()));
    }

    public void invoicePrepared(InvoicePrepared event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String summary = "invoice " + event.invoiceNumber() + ": " + event.total() + " " + event.currency();
        if (keptWhileCancelled(order, "invoice prepared", cause, summary)) {
            return;
        }
        if (event.invoiceNumber().equals(order.getInvoiceNumber())) {
            LOG.debugf("order %s already has invoice %s", order.getId(), event.invoiceNumber());
            return;
        }
        order.invoice(event.invoiceNumber(), event.currency(), event.total());
        dossier.collect(order.getId(), OrderDocument.INVOICE, invoiceDocument(event), now());
        if (order.hasReached(OrderStatus.INVOICED)) {
            order.record(now(), "invoice prepared", cause, summary, null);
            return;
        }
        move(order, OrderStatus.INVOICED, "invoice prepared", cause, summary);
        moveToReadyIfPackedAndLabelled(order);
    }

    public void invoiceVoided(InvoiceVoided event, EventContext context) {
        Order order = known(event.orderId());
        recordOnce(order, "invoice voided", causeOf(context), event.invoiceNumber() + ": " + event.reason(),
                "InvoiceVoided:" + event.invoiceNumber());
    }

    public void orderPacked(OrderPacked event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = "package " + event.packageId() + ", box " + event.boxSize() + ", " + event.weightGrams()
                + " g, " + String.join(", ", event.materials() == null ? List.of() : event.materials());
        if (keptWhileCancelled(order, "order packed", cause, detail)
                || !recordOnce(order, "order packed", cause, detail,
                        "OrderPacked:" + event.packageId() + order.shipmentPass())) {
            return;
        }
        order.markPacked();
        dossier.collectLatest(order.getId(), OrderDocument.PACKING_SLIP, event.packingSlip(), now());
        moveToReadyIfPackedAndLabelled(order);
    }

    public void shippingLabelCreated(ShippingLabelCreated event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = event.carrier() + ", tracking number " + event.trackingNumber();
        // every label has a tracking number of its own: a label seen before, in this pass or an earlier one (the
        // returned parcel's), is a repeat and must not relabel the parcel that travels now
        if (keptWhileCancelled(order, "shipping label created", cause, detail) || !recordOnce(order,
                "shipping label created", cause, detail, "ShippingLabelCreated:" + event.trackingNumber())) {
            return;
        }
        order.markLabelled(event.carrier(), event.trackingNumber());
        dossier.collectLatest(order.getId(), OrderDocument.LABEL, event.label(), now());
        moveToReadyIfPackedAndLabelled(order);
    }

    public void transportArranged(TransportArranged event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = event.carrier() + " " + event.carrierService() + " (" + event.shippingMethod() + "), pickup "
                + event.pickupAt() + ", expected delivery " + event.expectedDeliveryDate();
        if (keptWhileCancelled(order, "transport arranged", cause, detail)
                || alreadyAt(order, OrderStatus.SHIPMENT_APPROVED, context)
                || tasks.findPending(order.getId(), ApprovalGate.SHIPMENT_DETAILS).isPresent()
                // a reshipment sends a new parcel with a new tracking number: the first parcel's transport is done
                || order.hasRecorded(transportReference(event.trackingNumber()))) {
            return;
        }
        order.shipWith(event.carrier(), event.trackingNumber(), event.expectedDeliveryDate());
        order.record(now(), "transport arranged", cause, detail, transportReference(event.trackingNumber()));
        Map<String, Object> submitted = new LinkedHashMap<>();
        submitted.put("label", Map.of("carrier", String.valueOf(order.getCarrier()), "trackingNumber",
                String.valueOf(order.getTrackingNumber())));
        submitted.put("status", order.getStatus());
        submitted.put("transport", event);
        approvals.open(order, ApprovalGate.SHIPMENT_DETAILS, "", submitted, new ApprovalFacts(
                OrderRules.totalQuantity(order.contractLines()),
                event.shippingMethod() != null ? event.shippingMethod() : order.getShippingMethod(), null), cause);
    }

    public void shipped(Shipped event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = event.carrier() + ", tracking number " + event.trackingNumber() + ", expected "
                + event.expectedDeliveryDate() + ", handed over: " + (event.documentsHandedOver() == null ? ""
                        : String.join(", ", event.documentsHandedOver()));
        String reference = "Shipped:" + event.trackingNumber();
        if (keptWhileCancelled(order, "shipped", cause, detail) || alreadyAt(order, OrderStatus.SHIPPED, context)
                // the first parcel's handover repeated while its replacement is on the way
                || order.hasRecorded(reference)) {
            return;
        }
        order.shipWith(event.carrier(), event.trackingNumber(), event.expectedDeliveryDate());
        try {
            order.moveTo(OrderStatus.SHIPPED, "shipped", cause, detail, reference, now(), events);
        } catch (TransitionNotAllowedException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }

    public void trackingUpdated(TrackingUpdated event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = event.status() + " / " + event.deliveryState() + ": " + event.description()
                + (event.location() == null ? "" : " (" + event.location() + ")");
        if (keptWhileCancelled(order, "tracking updated", cause, detail) || tasks.findBySubject(order.getId(),
                ApprovalGate.TRACKING_CONFIRMATION, event.trackingUpdateId()).isPresent()) {
            return;
        }
        if (isDeliveryFailure(event.status()) && concernsCurrentParcel(order, event.trackingNumber())
                && OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERY_FAILED)) {
            // ops must see the failure at once; gate A3 still decides whether and when the customer is told
            move(order, OrderStatus.DELIVERY_FAILED, "delivery failed", cause, detail);
        } else {
            order.record(now(), "tracking updated", cause, detail, null);
        }
        approvals.open(order, ApprovalGate.TRACKING_CONFIRMATION, event.trackingUpdateId(), event,
                new ApprovalFacts(OrderRules.totalQuantity(order.contractLines()), order.getShippingMethod(),
                        event.deliveryState()), cause);
    }

    public void deliveryConfirmed(DeliveryConfirmed event, EventContext context) {
        if (event.confirmedBy() != ConfirmedBy.CARRIER) {
            // the customer's confirmation is ours, published when it was taken through the API
            return;
        }
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = "carrier reports " + event.condition() + " at " + event.confirmedAt();
        if (keptWhileCancelled(order, "delivered", cause, detail)) {
            return;
        }
        if (order.hasReached(OrderStatus.DELIVERED)
                || !OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERED)) {
            // after a reported issue or a failure ops decide; a late "delivered" of a replaced parcel is history
            recordOnce(order, "carrier confirmed delivery", cause, detail,
                    "DeliveryConfirmed:CARRIER:" + order.getStatus());
            return;
        }
        move(order, OrderStatus.DELIVERED, "delivered", cause, detail);
    }

    public void customerNotified(CustomerNotified event, EventContext context) {
        Order order = known(event.orderId());
        recordOnce(order, "customer notified", causeOf(context), event.kind() + " via " + event.channel() + " to "
                + event.recipient() + (event.delivered() ? ": delivered" : ": not delivered"),
                "CustomerNotified:" + event.notificationId());
    }

    public void shipmentCancelled(ShipmentCancelled event, EventContext context) {
        Order order = known(event.orderId());
        String detail = (event.trackingNumber() == null ? "no label yet" : "tracking number " + event.trackingNumber())
                + ": " + event.reason();
        recordOnce(order, "shipment cancelled", causeOf(context), detail,
                "ShipmentCancelled:" + shortKey(event.trackingNumber() + ":" + event.reason()));
    }

    /** The goods are back in the warehouse; if nobody reported the failure yet, this is it. */
    public void shipmentReturned(ShipmentReturned event, EventContext context) {
        Order order = known(event.orderId());
        String cause = causeOf(context);
        String detail = "tracking number " + event.trackingNumber() + ": " + (event.items() == null ? ""
                : event.items().stream().map(item -> item.quantity() + " x " + item.sku())
                        .collect(Collectors.joining(", "))) + " back in the warehouse";
        String reference = "ShipmentReturned:" + event.trackingNumber();
        if (order.hasRecorded(reference)) {
            return;
        }
        if (concernsCurrentParcel(order, event.trackingNumber())
                && OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERY_FAILED)) {
            try {
                order.moveTo(OrderStatus.DELIVERY_FAILED, "shipment returned", cause, detail, reference, now(), events);
            } catch (TransitionNotAllowedException e) {
                throw new UnprocessableEventException(e.getMessage(), e);
            }
            return;
        }
        order.record(now(), "shipment returned", cause, detail, reference);
    }

    public void refundIssued(RefundIssued event, EventContext context) {
        Order order = known(event.orderId());
        if (recordOnce(order, "refund issued", causeOf(context), "credit note " + event.creditNoteNumber()
                + " for invoice " + event.invoiceNumber() + ": " + amount(event.amount()) + " " + event.currency(),
                "RefundIssued:" + event.creditNoteNumber())) {
            order.refundedWith(event.creditNoteNumber(), event.currency(), event.amount());
        }
    }

    private static boolean isDeliveryFailure(TrackingStatus status) {
        return status == TrackingStatus.DELIVERY_FAILED || status == TrackingStatus.RETURNED_TO_SENDER;
    }

    /** News about a parcel that a reshipment replaced must not fail the replacement. */
    private static boolean concernsCurrentParcel(Order order, String trackingNumber) {
        return trackingNumber == null || order.getTrackingNumber() == null
                || trackingNumber.equals(order.getTrackingNumber());
    }

    private static String transportReference(String trackingNumber) {
        return "TransportArranged:" + trackingNumber;
    }

    private void moveToReadyIfPackedAndLabelled(Order order) {
        if (order.isReadyToShip()) {
            move(order, OrderStatus.READY_FOR_SHIPMENT, "ready for shipment", "order-service",
                    "packed, labelled and invoiced");
        }
    }

    private Order known(String orderId) {
        return orders.findByIdForChange(orderId).orElseThrow(
                () -> new UnprocessableEventException("order " + orderId + " is unknown to order-service"));
    }

    /** An order that is cancelled only collects what still happens to it. */
    private boolean keptWhileCancelled(Order order, String step, String cause, String detail) {
        if (!order.isCancelled()) {
            return false;
        }
        order.record(now(), step + " (order cancelled: nothing changed)", cause, detail, null);
        return true;
    }

    private boolean alreadyAt(Order order, OrderStatus target, EventContext context) {
        if (order.hasReached(target)) {
            LOG.debugf("order %s is %s already: %s %s changes nothing", order.getId(), order.getStatus(),
                    context.type(), context.eventId());
            return true;
        }
        return false;
    }

    /** @return false if this fact was recorded before */
    private boolean recordOnce(Order order, String step, String cause, String detail, String reference) {
        if (order.hasRecorded(reference)) {
            return false;
        }
        order.record(now(), step, cause, detail, reference);
        return true;
    }

    /** An event that contradicts the order's life cycle will not fit on any retry. */
    private void move(Order order, OrderStatus to, String step, String cause, String detail) {
        try {
            order.moveTo(to, step, cause, detail, now(), events);
        } catch (TransitionNotAllowedException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }

    /** Free text can outgrow the reference column; its hash tells repeats apart well enough. */
    private static String shortKey(String text) {
        return Integer.toHexString(String.valueOf(text).hashCode());
    }

    private Instant now() {
        return clock.instant();
    }

    private static String causeOf(EventContext context) {
        return context.type() + " from " + context.source();
    }

    private static String describe(StockShortage shortage) {
        return shortage.sku() + ": " + shortage.requested() + " requested, " + shortage.available() + " available"
                + (shortage.expectedRestockDate() == null ? "" : ", restock expected " + shortage.expectedRestockDate())
                + (shortage.alternativeSkus() == null || shortage.alternativeSkus().isEmpty() ? ""
                        : ", alternatives " + String.join(", ", shortage.alternativeSkus()));
    }

    private static Document invoiceDocument(InvoicePrepared invoice) {
        StringBuilder text = new StringBuilder("Invoice " + invoice.invoiceNumber() + " (" + invoice.currency()
                + ")\n");
        for (InvoiceLine line : invoice.lines()) {
            text.append(line.quantity()).append(" x ").append(line.description()).append(" [").append(line.sku())
                    .append("] at ").append(line.unitPrice()).append(" = ").append(line.amount()).append('\n');
        }
        text.append("Subtotal: ").append(amount(invoice.subtotal())).append('\n');
        text.append("Discounts: ").append(amount(invoice.discountTotal())).append('\n');
        text.append("Taxes: ").append(amount(invoice.taxTotal())).append('\n');
        text.append("Total: ").append(amount(invoice.total())).append(' ').append(invoice.currency()).append('\n');
        return new Document(OrderDocument.INVOICE, "Invoice " + invoice.invoiceNumber(), "text/plain",
                text.toString());
    }

    private static String amount(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }
}
