package com.example.fulfillment.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.SagaEvent;
import com.example.fulfillment.order.domain.SagaEvents;

/** The domain's events go through platform-kit's outbox, inside the transaction that changed the order. */
@ApplicationScoped
public class OutboxSagaEvents implements SagaEvents {

    private final EventPublisher publisher;

    OutboxSagaEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(SagaEvent event) {
        publisher.publish(event);
    }
}
