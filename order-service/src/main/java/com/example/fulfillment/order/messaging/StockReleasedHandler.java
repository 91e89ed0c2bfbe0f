package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.StockReleased;
import com.example.fulfillment.order.domain.SagaProgress;

/** A reservation went back to stock (after a cancellation): timeline only. */
@ApplicationScoped
public class StockReleasedHandler implements EventHandler<StockReleased> {

    private final SagaProgress progress;

    StockReleasedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(StockReleased event, EventContext context) {
        progress.stockReleased(event, context);
    }
}
