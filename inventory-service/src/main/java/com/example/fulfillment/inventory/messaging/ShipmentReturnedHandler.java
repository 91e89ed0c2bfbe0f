package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.inventory.domain.ShipmentReturnService;
import com.example.fulfillment.inventory.domain.UnknownOrderException;

@ApplicationScoped
public class ShipmentReturnedHandler implements EventHandler<ShipmentReturned> {

    private final ShipmentReturnService returns;

    ShipmentReturnedHandler(ShipmentReturnService returns) {
        this.returns = returns;
    }

    @Override
    public void handle(ShipmentReturned event, EventContext context) {
        try {
            // without items, what left in the package is what came back
            returns.takeBack(event.orderId(), event.trackingNumber(),
                    OrderLines.optional(event.orderId(), event.items()));
        } catch (UnknownOrderException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }
}
