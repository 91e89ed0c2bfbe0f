package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.order.domain.SagaProgress;

/** The carrier delivered: the order is DELIVERED (the customer's own confirmation comes through the API). */
@ApplicationScoped
public class DeliveryConfirmedHandler implements EventHandler<DeliveryConfirmed> {

    private final SagaProgress progress;

    DeliveryConfirmedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(DeliveryConfirmed event, EventContext context) {
        progress.deliveryConfirmed(event, context);
    }
}
