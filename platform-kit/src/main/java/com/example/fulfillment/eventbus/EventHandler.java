package com.example.fulfillment.eventbus;

import com.example.fulfillment.events.SagaEvent;

/**
 * Reacts to one kind of saga event. Implement it as a CDI bean in the service's messaging package; the
 * {@link EventDispatcher} finds it by its type argument, calls it in a transaction of its own, and calls it
 * at most once per event id, so a redelivered or duplicated event changes nothing twice.
 */
public interface EventHandler<E extends SagaEvent> {

    void handle(E event, EventContext context);
}
