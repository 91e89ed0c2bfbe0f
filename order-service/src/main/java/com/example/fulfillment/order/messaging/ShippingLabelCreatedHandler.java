package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.order.domain.SagaProgress;

/** The label exists: carrier and tracking number are kept; once packed the order is ready. */
@ApplicationScoped
public class ShippingLabelCreatedHandler implements EventHandler<ShippingLabelCreated> {

    private final SagaProgress progress;

    ShippingLabelCreatedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(ShippingLabelCreated event, EventContext context) {
        progress.shippingLabelCreated(event, context);
    }
}
