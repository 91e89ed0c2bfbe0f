package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.ReshipmentMessage;

/** Tells the customer the order goes out again; its new tracking number follows with the next Shipped. */
@ApplicationScoped
public class ReshipmentRequestedHandler implements EventHandler<ReshipmentRequested> {

    private final CustomerNotifications notifications;

    ReshipmentRequestedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(ReshipmentRequested event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new ReshipmentMessage(recipient.getName(), event.orderId(), event.lines(), event.reason(),
                        recipient.getLastTrackingNumber()));
    }
}
