package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.UnknownOrderException;

@ApplicationScoped
public class ShippedHandler implements EventHandler<Shipped> {

    private final AllocationService allocation;

    ShippedHandler(AllocationService allocation) {
        this.allocation = allocation;
    }

    @Override
    public void handle(Shipped event, EventContext context) {
        try {
            allocation.ship(event.orderId(), event.trackingNumber());
        } catch (UnknownOrderException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }
}
