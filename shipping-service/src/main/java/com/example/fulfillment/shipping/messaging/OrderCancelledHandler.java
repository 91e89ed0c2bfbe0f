package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** The way out: a shipment not yet handed over is cancelled and its label voided. */
@ApplicationScoped
public class OrderCancelledHandler implements EventHandler<OrderCancelled> {

    private final ShipmentService shipments;

    OrderCancelledHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(OrderCancelled event, EventContext context) {
        shipments.cancel(event.orderId(), event.reason());
    }
}
