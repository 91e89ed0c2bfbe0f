package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.order.domain.SagaProgress;

/** A pickup is booked: the shipment details go to approval gate A2. */
@ApplicationScoped
public class TransportArrangedHandler implements EventHandler<TransportArranged> {

    private final SagaProgress progress;

    TransportArrangedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(TransportArranged event, EventContext context) {
        progress.transportArranged(event, context);
    }
}
