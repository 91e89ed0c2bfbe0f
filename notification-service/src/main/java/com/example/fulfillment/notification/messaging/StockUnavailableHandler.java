package com.example.fulfillment.notification.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.StockUnavailableMessage;

@ApplicationScoped
public class StockUnavailableHandler implements EventHandler<StockUnavailable> {

    private final CustomerNotifications notifications;

    StockUnavailableHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(StockUnavailable event, EventContext context) {
        if (event.shortages() == null || event.shortages().isEmpty()) {
            throw new UnprocessableEventException("StockUnavailable for order " + event.orderId() + " lists no shortage");
        }
        List<StockUnavailableMessage.ShortItem> items = event.shortages().stream()
                .map(shortage -> new StockUnavailableMessage.ShortItem(shortage.sku(), shortage.requested(),
                        shortage.available(), shortage.expectedRestockDate(),
                        shortage.alternativeSkus() == null ? List.of() : shortage.alternativeSkus()))
                .toList();
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new StockUnavailableMessage(recipient.getName(), event.orderId(), items));
    }
}
