package com.example.fulfillment.eventbus;

/**
 * The shape every service's messaging takes: one consumer class per service, a method per event type it handles.
 * Each method translates the wire event into the service's own words and calls its domain; none decides anything.
 * The {@link EventDispatcher} finds the consumer as a CDI bean and asks it once, at start, what it subscribes to.
 */
public interface EventConsumer {

    void subscribe(EventSubscriptions subscriptions);
}
