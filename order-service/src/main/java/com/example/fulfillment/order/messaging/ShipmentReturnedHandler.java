package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.order.domain.SagaProgress;

/** The carrier brought the parcel back: timeline, and DELIVERY_FAILED if nobody reported the failure yet. */
@ApplicationScoped
public class ShipmentReturnedHandler implements EventHandler<ShipmentReturned> {

    private final SagaProgress progress;

    ShipmentReturnedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(ShipmentReturned event, EventContext context) {
        progress.shipmentReturned(event, context);
    }
}
