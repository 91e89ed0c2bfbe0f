package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.UnknownOrderException;

@ApplicationScoped
public class ReshipmentRequestedHandler implements EventHandler<ReshipmentRequested> {

    private final AllocationService allocation;

    ReshipmentRequestedHandler(AllocationService allocation) {
        this.allocation = allocation;
    }

    @Override
    public void handle(ReshipmentRequested event, EventContext context) {
        try {
            // without lines, the order's own lines are sent again
            allocation.reship(event.orderId(), OrderLines.optional(event.orderId(), event.lines()), event.reason());
        } catch (UnknownOrderException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }
}
