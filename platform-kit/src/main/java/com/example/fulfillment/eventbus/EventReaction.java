package com.example.fulfillment.eventbus;

import com.example.fulfillment.events.SagaEvent;

/** One method of an {@link EventConsumer}: what the service does with one type of event. */
@FunctionalInterface
public interface EventReaction<E extends SagaEvent> {

    void react(E event, EventContext context);
}
