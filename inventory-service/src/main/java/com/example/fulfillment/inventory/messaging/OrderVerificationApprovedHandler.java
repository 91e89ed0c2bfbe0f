package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.UnknownOrderException;

@ApplicationScoped
public class OrderVerificationApprovedHandler implements EventHandler<OrderVerificationApproved> {

    private final AllocationService allocation;

    OrderVerificationApprovedHandler(AllocationService allocation) {
        this.allocation = allocation;
    }

    @Override
    public void handle(OrderVerificationApproved event, EventContext context) {
        try {
            // without lines in the approval, the lines inventory received with the order are allocated
            allocation.allocate(event.orderId(), OrderLines.optional(event.orderId(), event.lines()));
        } catch (UnknownOrderException e) {
            throw new UnprocessableEventException(e.getMessage(), e);
        }
    }
}
