package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.order.domain.SagaProgress;

/** Stock is there: the order is availability-verified and meets approval gate A1. */
@ApplicationScoped
public class StockVerifiedHandler implements EventHandler<StockVerified> {

    private final SagaProgress progress;

    StockVerifiedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(StockVerified event, EventContext context) {
        progress.stockVerified(event, context);
    }
}
