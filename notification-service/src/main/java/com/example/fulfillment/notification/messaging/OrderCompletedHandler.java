package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.OrderCompletedMessage;

@ApplicationScoped
public class OrderCompletedHandler implements EventHandler<OrderCompleted> {

    private final CustomerNotifications notifications;

    OrderCompletedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(OrderCompleted event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new OrderCompletedMessage(recipient.getName(), event.orderId()));
    }
}
