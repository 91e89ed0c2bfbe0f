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

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotFound;
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
    private final OrderEventPublisher events;
    private final Clock clock;

    SagaProgress(OrderRepository orders, ApprovalTaskRepository tasks, ApprovalService approvals, Dossier dossier,
            OrderEventPublisher events, Clock clock) {
        this.orders = orders;
        this.tasks = tasks;
        this.approvals = approvals;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
    }

    public void stockVerified(StockVerification event, String cause) {
        Order order = known(event.orderId());
        if (keptWhileCancelled(order, "stock verified", cause, null) || alreadyAt(order, OrderStatus.AVAILABILITY_VERIFIED,
                cause)) {
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
                OrderRules.totalQuantity(order.lines()), order.getShippingMethod(), null), cause);
    }

    public void stockUnavailable(String orderId, List<Shortage> latest, String cause) {
        Order order = known(orderId);
        String shortages = latest.stream().map(SagaProgress::describe).collect(Collectors.joining("; "));
        if (keptWhileCancelled(order, "stock unavailable", cause, shortages)) {
            return;
        }
        order.rememberShortages(latest);
        if (OrderTransitions.allowed(order.getStatus(), OrderStatus.AWAITING_STOCK)) {
            move(order, OrderStatus.AWAITING_STOCK, "awaiting stock", cause, shortages);
        } else {
            recordOnce(order, "stock unavailable", cause, shortages,
                    "StockUnavailable:" + order.getStatus() + ":" + shortKey(shortages));
        }
    }

    public void stockAllocated(String orderId, List<OrderLine> items, String cause) {
        Order order = known(orderId);
        if (keptWhileCancelled(order, "stock allocated", cause, null) || alreadyAt(order, OrderStatus.ALLOCATED,
                cause)) {
            return;
        }
        move(order, OrderStatus.ALLOCATED, "stock allocated", cause, items.stream()
                .map(item -> item.quantity() + " x " + item.sku()).collect(Collectors.joining(", ")));
    }

    public void stockReleased(String orderId, String reason, String cause) {
        Order order = known(orderId);
        // a release repeated while nothing else happened to the order is the same release
        recordOnce(order, "stock released", cause, reason,
                "StockReleased:" + order.getStatus() + ":" + shortKey(reason));
    }

    public void invoicePrepared(PreparedInvoice event, String cause) {
        Order order = known(event.orderId());
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

    public void invoiceVoided(String orderId, String invoiceNumber, String reason, String cause) {
        Order order = known(orderId);
        recordOnce(order, "invoice voided", cause, invoiceNumber + ": " + reason, "InvoiceVoided:" + invoiceNumber);
    }

    public void orderPacked(PackedParcel event, String cause) {
        Order order = known(event.orderId());
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

    public void shippingLabelCreated(ShippingLabel event, String cause) {
        Order order = known(event.orderId());
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

    public void transportArranged(ArrangedTransport event, String cause) {
        Order order = known(event.orderId());
        String detail = event.carrier() + " " + event.carrierService() + " (" + event.shippingMethod() + "), pickup "
                + event.pickupAt() + ", expected delivery " + event.expectedDeliveryDate();
        if (keptWhileCancelled(order, "transport arranged", cause, detail)
                || alreadyAt(order, OrderStatus.SHIPMENT_APPROVED, cause)
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
                OrderRules.totalQuantity(order.lines()),
                event.shippingMethod() != null ? event.shippingMethod() : order.getShippingMethod(), null), cause);
    }

    public void shipped(Handover event, String cause) {
        Order order = known(event.orderId());
        String detail = event.carrier() + ", tracking number " + event.trackingNumber() + ", expected "
                + event.expectedDeliveryDate() + ", handed over: " + (event.documentsHandedOver() == null ? ""
                        : String.join(", ", event.documentsHandedOver()));
        String reference = "Shipped:" + event.trackingNumber();
        if (keptWhileCancelled(order, "shipped", cause, detail) || alreadyAt(order, OrderStatus.SHIPPED, cause)
                // the first parcel's handover repeated while its replacement is on the way
                || order.hasRecorded(reference)) {
            return;
        }
        order.shipWith(event.carrier(), event.trackingNumber(), event.expectedDeliveryDate());
        try {
            order.moveTo(OrderStatus.SHIPPED, "shipped", cause, detail, reference, now(), events);
        } catch (TransitionNotAllowedException e) {
            throw new Conflict(e.getMessage(), e);
        }
    }

    public void trackingUpdated(TrackingUpdate event, String cause) {
        Order order = known(event.orderId());
        String detail = event.status() + " / " + event.deliveryState() + ": " + event.description()
                + (event.location() == null ? "" : " (" + event.location() + ")");
        if (keptWhileCancelled(order, "tracking updated", cause, detail) || tasks.findBySubject(order.getId(),
                ApprovalGate.TRACKING_CONFIRMATION, event.trackingUpdateId()).isPresent()) {
            return;
        }
        if (event.status().isDeliveryFailure() && concernsCurrentParcel(order, event.trackingNumber())
                && OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERY_FAILED)) {
            // ops must see the failure at once; gate A3 still decides whether and when the customer is told
            move(order, OrderStatus.DELIVERY_FAILED, "delivery failed", cause, detail);
        } else {
            order.record(now(), "tracking updated", cause, detail, null);
        }
        approvals.open(order, ApprovalGate.TRACKING_CONFIRMATION, event.trackingUpdateId(), event,
                new ApprovalFacts(OrderRules.totalQuantity(order.lines()), order.getShippingMethod(),
                        event.deliveryState()), cause);
    }

    public void deliveryConfirmed(DeliveryConfirmation event, String cause) {
        if (event.confirmedBy() != ConfirmedBy.CARRIER) {
            // the customer's confirmation is ours, published when it was taken through the API
            return;
        }
        Order order = known(event.orderId());
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

    public void customerNotified(CustomerNotification event, String cause) {
        Order order = known(event.orderId());
        recordOnce(order, "customer notified", cause, event.kind() + " via " + event.channel() + " to "
                + event.recipient() + (event.delivered() ? ": delivered" : ": not delivered"),
                "CustomerNotified:" + event.notificationId());
    }

    public void shipmentCancelled(String orderId, String trackingNumber, String reason, String cause) {
        Order order = known(orderId);
        String detail = (trackingNumber == null ? "no label yet" : "tracking number " + trackingNumber) + ": " + reason;
        recordOnce(order, "shipment cancelled", cause, detail,
                "ShipmentCancelled:" + shortKey(trackingNumber + ":" + reason));
    }

    /** The goods are back in the warehouse; if nobody reported the failure yet, this is it. */
    public void shipmentReturned(String orderId, String trackingNumber, List<OrderLine> items, String cause) {
        Order order = known(orderId);
        String detail = "tracking number " + trackingNumber + ": " + (items == null ? ""
                : items.stream().map(item -> item.quantity() + " x " + item.sku())
                        .collect(Collectors.joining(", "))) + " back in the warehouse";
        String reference = "ShipmentReturned:" + trackingNumber;
        if (order.hasRecorded(reference)) {
            return;
        }
        if (concernsCurrentParcel(order, trackingNumber)
                && OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERY_FAILED)) {
            try {
                order.moveTo(OrderStatus.DELIVERY_FAILED, "shipment returned", cause, detail, reference, now(), events);
            } catch (TransitionNotAllowedException e) {
                throw new Conflict(e.getMessage(), e);
            }
            return;
        }
        order.record(now(), "shipment returned", cause, detail, reference);
    }

    public void refundIssued(IssuedRefund event, String cause) {
        Order order = known(event.orderId());
        if (recordOnce(order, "refund issued", cause, "credit note " + event.creditNoteNumber()
                + " for invoice " + event.invoiceNumber() + ": " + amount(event.amount()) + " " + event.currency(),
                "RefundIssued:" + event.creditNoteNumber())) {
            order.refundedWith(event.creditNoteNumber(), event.currency(), event.amount());
        }
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
                () -> new NotFound("order " + orderId + " is unknown to order-service"));
    }

    /** An order that is cancelled only collects what still happens to it. */
    private boolean keptWhileCancelled(Order order, String step, String cause, String detail) {
        if (!order.isCancelled()) {
            return false;
        }
        order.record(now(), step + " (order cancelled: nothing changed)", cause, detail, null);
        return true;
    }

    private boolean alreadyAt(Order order, OrderStatus target, String cause) {
        if (order.hasReached(target)) {
            LOG.debugf("order %s is %s already: %s changes nothing", order.getId(), order.getStatus(), cause);
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
            throw new Conflict(e.getMessage(), e);
        }
    }

    /** Free text can outgrow the reference column; its hash tells repeats apart well enough. */
    private static String shortKey(String text) {
        return Integer.toHexString(String.valueOf(text).hashCode());
    }

    private Instant now() {
        return clock.instant();
    }

    private static String describe(Shortage shortage) {
        return shortage.sku() + ": " + shortage.requested() + " requested, " + shortage.available() + " available"
                + (shortage.expectedRestockDate() == null ? "" : ", restock expected " + shortage.expectedRestockDate())
                + (shortage.alternativeSkus() == null || shortage.alternativeSkus().isEmpty() ? ""
                        : ", alternatives " + String.join(", ", shortage.alternativeSkus()));
    }

    private static Paper invoiceDocument(PreparedInvoice invoice) {
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
        return new Paper(OrderDocument.INVOICE, "Invoice " + invoice.invoiceNumber(), "text/plain",
                text.toString());
    }

    private static String amount(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }
}
