package com.example.fulfillment.shipping.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** Step 1: keeps what shipping needs of the order (address, method, packing wishes). */
@ApplicationScoped
public class OrderReceivedHandler implements EventHandler<OrderReceived> {

    private final ShipmentService shipments;

    OrderReceivedHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(OrderReceived event, EventContext context) {
        shipments.receive(event);
    }
}
