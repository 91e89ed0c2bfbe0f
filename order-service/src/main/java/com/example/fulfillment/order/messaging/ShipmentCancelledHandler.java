package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ShipmentCancelled;
import com.example.fulfillment.order.domain.SagaProgress;

/** Shipping called the package off after a cancellation: timeline only. */
@ApplicationScoped
public class ShipmentCancelledHandler implements EventHandler<ShipmentCancelled> {

    private final SagaProgress progress;

    ShipmentCancelledHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(ShipmentCancelled event, EventContext context) {
        progress.shipmentCancelled(event, context);
    }
}
