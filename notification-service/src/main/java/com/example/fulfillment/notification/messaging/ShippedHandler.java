package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.ShipmentConfirmationMessage;

@ApplicationScoped
public class ShippedHandler implements EventHandler<Shipped> {

    private final CustomerNotifications notifications;

    ShippedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(Shipped event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new ShipmentConfirmationMessage(recipient.name, event.orderId(), event.carrier(),
                        event.trackingNumber(), event.expectedDeliveryDate()));
    }
}
