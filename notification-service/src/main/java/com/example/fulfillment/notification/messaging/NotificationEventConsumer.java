package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.domain.NotPossible;
import com.example.fulfillment.eventbus.EventConsumer;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventSubscriptions;
import com.example.fulfillment.events.DeliveryIssueReported;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.TrackingConfirmed;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.DeliveryIssueReceivedMessage;
import com.example.fulfillment.notification.domain.DeliveryNews;
import com.example.fulfillment.notification.domain.DeliveryUpdateMessage;
import com.example.fulfillment.notification.domain.OrderCancelledMessage;
import com.example.fulfillment.notification.domain.OrderCompletedMessage;
import com.example.fulfillment.notification.domain.RefundIssuedMessage;
import com.example.fulfillment.notification.domain.ReshipmentMessage;
import com.example.fulfillment.notification.domain.ShipmentConfirmationMessage;
import com.example.fulfillment.notification.domain.StockUnavailableMessage;

/**
 * What the customer hears about, event by event: each saga event becomes the message of its kind. An event that
 * cannot make a message (an order this service never received, an event missing what its message must say) can
 * never pass and is dead-lettered at once: nothing here is retried as "not yet possible".
 */
@ApplicationScoped
public class NotificationEventConsumer implements EventConsumer {

    private final CustomerNotifications notifications;

    NotificationEventConsumer(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions.on(OrderReceived.class, this::orderReceived)
                .on(StockUnavailable.class, this::stockUnavailable)
                .on(StockAllocated.class, this::stockAllocated)
                .on(Shipped.class, this::shipped)
                .on(TrackingConfirmed.class, this::trackingConfirmed)
                .on(OrderCompleted.class, this::orderCompleted)
                .on(OrderCancelled.class, this::orderCancelled)
                .on(DeliveryIssueReported.class, this::deliveryIssueReported)
                .on(ReshipmentRequested.class, this::reshipmentRequested)
                .on(RefundIssued.class, this::refundIssued);
    }

    /** Step 1: who to tell about the order, kept here so that no later message has to ask order-service. */
    void orderReceived(OrderReceived event, EventContext context) {
        if (event.customer() == null) {
            throw new NotPossible("OrderReceived " + event.orderId() + " names no customer");
        }
        notifications.rememberRecipient(event.orderId(), event.customer().name(), event.customer().email(),
                event.customer().phone(), NotificationWire.channels(event.notificationChannels()));
    }

    /** Step 2, the other way: the short items, with their restock dates and alternatives. */
    void stockUnavailable(StockUnavailable event, EventContext context) {
        if (event.shortages() == null || event.shortages().isEmpty()) {
            throw new NotPossible("StockUnavailable for order " + event.orderId() + " lists no shortage");
        }
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new StockUnavailableMessage(order.customerName(), event.orderId(),
                        NotificationWire.shortItems(event.shortages(), order)));
    }

    /** Step 3: what the parcel will hold, with the products' names, kept for the messages that list items. */
    void stockAllocated(StockAllocated event, EventContext context) {
        notifications.rememberItems(event.orderId(), NotificationWire.items(event.items()));
    }

    /**
     * Step 9: the shipment confirmation, told once per tracking number: a reshipment's Shipped, with its new
     * tracking number, is a confirmation of its own.
     */
    void shipped(Shipped event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new ShipmentConfirmationMessage(order.customerName(), event.orderId(), event.carrier(),
                        event.trackingNumber(), event.expectedDeliveryDate(), order.itemsInParcel(),
                        order.trackingLink(event.trackingNumber())));
        notifications.rememberShipment(event.orderId(), event.trackingNumber());
    }

    /** Step 13: a tracking update that passed its approval gate, told if it is news to the customer. */
    void trackingConfirmed(TrackingConfirmed event, EventContext context) {
        // an update without its own id is still told once per event
        String updateId = event.trackingUpdateId() != null ? event.trackingUpdateId() : context.eventId().toString();
        DeliveryNews news = DeliveryNews.of(NotificationWire.trackingStatus(event.status()),
                NotificationWire.deliveryState(event.deliveryState()));
        notifications.notifyDeliveryUpdate(context.eventId(), event.orderId(),
                order -> new DeliveryUpdateMessage(order.customerName(), event.orderId(), updateId,
                        event.trackingNumber(), news, event.description(), event.expectedDeliveryDate(),
                        order.trackingLink(event.trackingNumber())));
    }

    /** Step 15: the order is delivered and done. */
    void orderCompleted(OrderCompleted event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new OrderCompletedMessage(order.customerName(), event.orderId()));
    }

    /** The way out: what is no longer true is withdrawn before the customer hears of the cancellation. */
    void orderCancelled(OrderCancelled event, EventContext context) {
        notifications.withdrawPendingOnCancellation(event.orderId());
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new OrderCancelledMessage(order.customerName(), event.orderId(), event.reason()));
    }

    /** Acknowledges the customer's report, about the latest shipment, while ops decide what to do. */
    void deliveryIssueReported(DeliveryIssueReported event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new DeliveryIssueReceivedMessage(order.customerName(), event.orderId(),
                        event.condition(), event.comment(), order.recipient().getLastTrackingNumber()));
    }

    /**
     * The order goes out again in place of the latest shipment; its new tracking number follows with Shipped, and
     * the new parcel holds the lines sent again.
     */
    void reshipmentRequested(ReshipmentRequested event, EventContext context) {
        var lines = NotificationWire.lines(event.lines());
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new ReshipmentMessage(order.customerName(), event.orderId(), order.named(lines),
                        event.reason(), order.recipient().getLastTrackingNumber()));
        notifications.rememberReshippedLines(event.orderId(), lines);
    }

    /** How much comes back and under which credit note. */
    void refundIssued(RefundIssued event, EventContext context) {
        // telling a customer "a refund" without the amount would only raise questions; billing always sends it
        if (event.amount() == null || event.currency() == null) {
            throw new NotPossible("RefundIssued for order " + event.orderId() + " names no amount or currency");
        }
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                order -> new RefundIssuedMessage(order.customerName(), event.orderId(), event.invoiceNumber(),
                        event.creditNoteNumber(), event.currency(), event.amount()));
    }
}
