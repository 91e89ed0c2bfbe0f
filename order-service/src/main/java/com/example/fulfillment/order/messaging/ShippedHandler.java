package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.order.domain.SagaProgress;

/** The carrier has the parcel: the order is SHIPPED. */
@ApplicationScoped
public class ShippedHandler implements EventHandler<Shipped> {

    private final SagaProgress progress;

    ShippedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(Shipped event, EventContext context) {
        progress.shipped(event, context);
    }
}
