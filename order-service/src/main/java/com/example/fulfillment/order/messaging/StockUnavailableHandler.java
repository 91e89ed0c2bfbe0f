package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.order.domain.SagaProgress;

/** Stock is short: the order waits, with the shortages in its timeline. */
@ApplicationScoped
public class StockUnavailableHandler implements EventHandler<StockUnavailable> {

    private final SagaProgress progress;

    StockUnavailableHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(StockUnavailable event, EventContext context) {
        progress.stockUnavailable(event, context);
    }
}
