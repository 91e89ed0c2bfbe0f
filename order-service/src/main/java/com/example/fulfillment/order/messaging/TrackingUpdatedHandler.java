package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.order.domain.SagaProgress;

/**
 * A carrier update goes to approval gate A3 before the customer hears of it; a failed delivery or a return to sender
 * moves the order to DELIVERY_FAILED at once, so that ops can reship or refund.
 */
@ApplicationScoped
public class TrackingUpdatedHandler implements EventHandler<TrackingUpdated> {

    private final SagaProgress progress;

    TrackingUpdatedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(TrackingUpdated event, EventContext context) {
        progress.trackingUpdated(event, context);
    }
}
