package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.notification.domain.CustomerNotifications;

@ApplicationScoped
public class OrderReceivedHandler implements EventHandler<OrderReceived> {

    private final CustomerNotifications notifications;

    OrderReceivedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(OrderReceived event, EventContext context) {
        if (event.customer() == null) {
            throw new UnprocessableEventException("OrderReceived " + event.orderId() + " names no customer");
        }
        notifications.rememberRecipient(event.orderId(), event.customer().name(), event.customer().email(),
                event.customer().phone(), event.notificationChannels());
    }
}
