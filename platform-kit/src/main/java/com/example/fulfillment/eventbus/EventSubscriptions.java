package com.example.fulfillment.eventbus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.fulfillment.domain.DomainRefusal;
import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;

/**
 * What one {@link EventConsumer} reacts to, and how its domain's refusals translate into the bus's decisions:
 * a {@link DomainRefusal} means the event can never pass and is parked at once with the refusal as its reason (ops
 * retry or discard it), unless the consumer names that refusal as "not yet possible" (a predecessor still on its way):
 * that one is retried a few times and then parked to be re-driven automatically, with backoff. A failure that passes
 * by itself (a database or broker outage) is waited out; see {@link EventDispatcher}.
 */
public final class EventSubscriptions {

    private final String consumer;
    private final Map<String, Subscription<?>> byType = new LinkedHashMap<>();
    private final List<Class<? extends RuntimeException>> notYetPossible = new ArrayList<>();

    EventSubscriptions(String consumer) {
        this.consumer = consumer;
    }

    public <E extends SagaEvent> EventSubscriptions on(Class<E> eventClass, EventReaction<E> reaction) {
        String type = EventCatalog.typeOf(eventClass);
        if (byType.putIfAbsent(type, new Subscription<>(consumer + "#" + type, eventClass, reaction, this)) != null) {
            throw new IllegalStateException(consumer + " subscribes to " + type + " twice");
        }
        return this;
    }

    /** This refusal means the event arrived before what it depends on: retry it later instead of waiting for ops. */
    public EventSubscriptions notYetPossibleWhen(Class<? extends RuntimeException> refusal) {
        notYetPossible.add(refusal);
        return this;
    }

    /** Whether this failure of one of the reactions is one the consumer named "not yet possible". */
    boolean notYetPossible(RuntimeException failure) {
        return notYetPossible.stream().anyMatch(type -> type.isInstance(failure));
    }

    List<Subscription<?>> all() {
        return List.copyOf(byType.values());
    }

    /** The bus's decision for a failure of one of this consumer's reactions. */
    RuntimeException translate(RuntimeException failure) {
        if (failure instanceof UnprocessableEventException) {
            return failure;
        }
        if (failure instanceof DomainRefusal && !notYetPossible(failure)) {
            return new UnprocessableEventException(failure.getMessage(), failure);
        }
        return failure;
    }

    /** One reaction, named for the idempotency guard by its consumer and event type. */
    record Subscription<E extends SagaEvent>(String name, Class<E> eventClass, EventReaction<E> reaction,
            EventSubscriptions owner) {

        boolean notYetPossible(RuntimeException failure) {
            return owner.notYetPossible(failure);
        }

        @SuppressWarnings("unchecked")
        void react(SagaEvent event, EventContext context) {
            try {
                reaction.react((E) event, context);
            } catch (RuntimeException e) {
                throw owner.translate(e);
            }
        }
    }
}
