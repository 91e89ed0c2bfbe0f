package com.example.fulfillment.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventSubscriptions;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderStatusChanged;

import io.quarkus.arc.properties.IfBuildProperty;

/** The test application's consumer: a method per event type, as a service's is. */
@ApplicationScoped
@IfBuildProperty(name = "platform-kit.test-app", stringValue = "true")
public class TestConsumer extends RecordingConsumer {

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions
                .on(OrderStatusChanged.class, (event, context) -> react(event.orderId(), event.cause(), context))
                .on(OrderCompleted.class, (event, context) -> react(event.orderId(), "completed", context))
                .notYetPossibleWhen(OrderNotYetKnown.class);
    }
}
