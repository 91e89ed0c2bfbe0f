package com.example.fulfillment.order.messaging;

import static com.example.fulfillment.order.messaging.OrderWire.causeOf;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventConsumer;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventSubscriptions;
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
import com.example.fulfillment.order.domain.AllocationAndInvoice;
import com.example.fulfillment.order.domain.CancellationsReturnsAndRefunds;
import com.example.fulfillment.order.domain.HandoverAndTracking;
import com.example.fulfillment.order.domain.IntakeAndVerification;
import com.example.fulfillment.order.domain.PackingAndTransport;

/**
 * How the order follows the other services' facts: each event, in the order's words, to the phase of the saga it
 * belongs to.
 * An event about an unknown order, or one the order's life cycle contradicts, can never pass and is dead-lettered
 * at once; nothing here is "not yet possible", so only failures of the infrastructure are retried.
 */
@ApplicationScoped
public class OrderEventConsumer implements EventConsumer {

    private final IntakeAndVerification intake;
    private final AllocationAndInvoice allocation;
    private final PackingAndTransport packing;
    private final HandoverAndTracking handover;
    private final CancellationsReturnsAndRefunds waysOut;

    OrderEventConsumer(IntakeAndVerification intake, AllocationAndInvoice allocation, PackingAndTransport packing,
            HandoverAndTracking handover, CancellationsReturnsAndRefunds waysOut) {
        this.intake = intake;
        this.allocation = allocation;
        this.packing = packing;
        this.handover = handover;
        this.waysOut = waysOut;
    }

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions.on(StockVerified.class, this::stockVerified)
                .on(StockUnavailable.class, this::stockUnavailable)
                .on(StockAllocated.class, this::stockAllocated)
                .on(StockReleased.class, this::stockReleased)
                .on(InvoicePrepared.class, this::invoicePrepared)
                .on(InvoiceVoided.class, this::invoiceVoided)
                .on(OrderPacked.class, this::orderPacked)
                .on(ShippingLabelCreated.class, this::shippingLabelCreated)
                .on(TransportArranged.class, this::transportArranged)
                .on(Shipped.class, this::shipped)
                .on(TrackingUpdated.class, this::trackingUpdated)
                .on(DeliveryConfirmed.class, this::deliveryConfirmed)
                .on(CustomerNotified.class, this::customerNotified)
                .on(ShipmentCancelled.class, this::shipmentCancelled)
                .on(ShipmentReturned.class, this::shipmentReturned)
                .on(RefundIssued.class, this::refundIssued);
    }

    /** Stock is there: the order is availability-verified and meets approval gate A1. */
    void stockVerified(StockVerified event, EventContext context) {
        intake.stockVerified(OrderWire.verification(event), causeOf(context));
    }

    /** Stock is short: the order waits, with the shortages in its timeline. */
    void stockUnavailable(StockUnavailable event, EventContext context) {
        intake.stockUnavailable(event.orderId(), OrderWire.shortages(event.shortages()), causeOf(context));
    }

    /** The lines are reserved: the order is ALLOCATED. */
    void stockAllocated(StockAllocated event, EventContext context) {
        allocation.stockAllocated(event.orderId(), OrderWire.allocated(event.items()), causeOf(context));
    }

    /** A reservation went back to stock (after a cancellation): timeline only. */
    void stockReleased(StockReleased event, EventContext context) {
        allocation.stockReleased(event.orderId(), event.reason(), causeOf(context));
    }

    /** The invoice is ready: the order is INVOICED and the invoice joins the dossier. */
    void invoicePrepared(InvoicePrepared event, EventContext context) {
        allocation.invoicePrepared(OrderWire.invoice(event), causeOf(context));
    }

    /** An invoice was voided (after a cancellation): timeline, and its credit note joins the dossier. */
    void invoiceVoided(InvoiceVoided event, EventContext context) {
        allocation.invoiceVoided(OrderWire.voided(event), causeOf(context));
    }

    /** The parcel is packed: the packing slip joins the dossier; with a label the order is ready. */
    void orderPacked(OrderPacked event, EventContext context) {
        packing.orderPacked(OrderWire.packed(event), causeOf(context));
    }

    /** The label exists: carrier and tracking number are kept; once packed the order is ready. */
    void shippingLabelCreated(ShippingLabelCreated event, EventContext context) {
        packing.shippingLabelCreated(OrderWire.label(event), causeOf(context));
    }

    /** A pickup is booked: the shipment details go to approval gate A2. */
    void transportArranged(TransportArranged event, EventContext context) {
        packing.transportArranged(OrderWire.transport(event), causeOf(context));
    }

    /** The carrier has the parcel: the order is SHIPPED. */
    void shipped(Shipped event, EventContext context) {
        handover.shipped(OrderWire.handover(event), causeOf(context));
    }

    /**
     * A carrier update goes to approval gate A3 before the customer hears of it; a failed delivery or a return to
     * sender moves the order to DELIVERY_FAILED at once, so that ops can reship or refund.
     */
    void trackingUpdated(TrackingUpdated event, EventContext context) {
        handover.trackingUpdated(OrderWire.trackingUpdate(event), causeOf(context));
    }

    /** The carrier delivered: the order is DELIVERED (the customer's own confirmation comes through the API). */
    void deliveryConfirmed(DeliveryConfirmed event, EventContext context) {
        handover.deliveryConfirmed(OrderWire.deliveryConfirmation(event), causeOf(context));
    }

    /** A message reached (or missed) the customer: timeline only. */
    void customerNotified(CustomerNotified event, EventContext context) {
        handover.customerNotified(OrderWire.notification(event), causeOf(context));
    }

    /** Shipping called the package off after a cancellation: timeline only. */
    void shipmentCancelled(ShipmentCancelled event, EventContext context) {
        waysOut.shipmentCancelled(event.orderId(), event.trackingNumber(), event.reason(), causeOf(context));
    }

    /** The carrier brought the parcel back: timeline, and DELIVERY_FAILED if nobody reported the failure yet. */
    void shipmentReturned(ShipmentReturned event, EventContext context) {
        waysOut.shipmentReturned(event.orderId(), event.trackingNumber(), OrderWire.lines(event.items()),
                causeOf(context));
    }

    /** Billing credited the invoice: timeline, the order view shows the refund, the credit note joins the dossier. */
    void refundIssued(RefundIssued event, EventContext context) {
        waysOut.refundIssued(OrderWire.refund(event), causeOf(context));
    }
}
