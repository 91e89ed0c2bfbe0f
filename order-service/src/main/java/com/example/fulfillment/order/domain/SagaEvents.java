package com.example.fulfillment.order.domain;

import com.example.fulfillment.events.SagaEvent;

/**
 * Where the domain announces what happened. The service's implementation writes to the transactional outbox,
 * so an event exists exactly when the change that caused it commits; unit tests collect the events instead.
 */
public interface SagaEvents {

    void publish(SagaEvent event);
}
