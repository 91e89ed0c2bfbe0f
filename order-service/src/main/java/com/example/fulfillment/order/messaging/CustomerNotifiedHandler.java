package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.order.domain.SagaProgress;

/** A message reached (or missed) the customer: timeline only. */
@ApplicationScoped
public class CustomerNotifiedHandler implements EventHandler<CustomerNotified> {

    private final SagaProgress progress;

    CustomerNotifiedHandler(SagaProgress progress) {
        this.progress = progress;
    }

    @Override
    public void handle(CustomerNotified event, EventContext context) {
        progress.customerNotified(event, context);
    }
}
