package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.order.domain.SagaProgress;

/** The lines are reserved: the order is ALLOCATED. */
@ApplicationScoped
public class StockAllocatedHandler implements EventHandler<StockAllocated> {

    private final SagaProgress progress;

    StockAllocatedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(StockAllocated event, EventContext context) {
        progress.stockAllocated(event, context);
    }
}
