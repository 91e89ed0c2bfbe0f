package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.OrderCancelledMessage;

@ApplicationScoped
public class OrderCancelledHandler implements EventHandler<OrderCancelled> {

    private final CustomerNotifications notifications;

    OrderCancelledHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(OrderCancelled event, EventContext context) {
        notifications.withdrawPendingOnCancellation(event.orderId());
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new OrderCancelledMessage(recipient.getName(), event.orderId(), event.reason()));
    }
}
