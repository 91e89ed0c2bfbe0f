package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.UnknownOrderException;

@ApplicationScoped
public class OrderCancelledHandler implements EventHandler<OrderCancelled> {

    private final AllocationService allocation;

    OrderCancelledHandler(AllocationService allocation) {
        this.allocation = allocation;
    }

    @Override
    public void handle(OrderCancelled event, EventContext context) {
        String reason = event.reason() == null || event.reason().isBlank() ? "order cancelled" : event.reason();
        try {
            allocation.release(event.orderId(), reason);
        } catch (UnknownOrderException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }
}
