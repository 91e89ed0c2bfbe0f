package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.ShipmentConfirmationMessage;

/**
 * The shipment confirmation, told once per tracking number: a reshipment's Shipped, with its new tracking number,
 * is a confirmation of its own.
 */
@ApplicationScoped
public class ShippedHandler implements EventHandler<Shipped> {

    private final CustomerNotifications notifications;

    ShippedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(Shipped event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new ShipmentConfirmationMessage(recipient.getName(), event.orderId(), event.carrier(),
                        event.trackingNumber(), event.expectedDeliveryDate()));
        notifications.rememberShipment(event.orderId(), event.trackingNumber());
    }
}
