package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.TrackingConfirmed;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.DeliveryUpdateMessage;

@ApplicationScoped
public class TrackingConfirmedHandler implements EventHandler<TrackingConfirmed> {

    private final CustomerNotifications notifications;

    TrackingConfirmedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(TrackingConfirmed event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new DeliveryUpdateMessage(recipient.getName(), event.orderId(),
                        // an update without its own id is still told once per event
                        event.trackingUpdateId() != null ? event.trackingUpdateId() : context.eventId().toString(),
                        event.trackingNumber(), event.deliveryState(), event.description(),
                        event.expectedDeliveryDate()));
    }
}
