package com.example.fulfillment.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventSubscriptions;
import com.example.fulfillment.events.OrderCompleted;

import io.quarkus.arc.properties.IfBuildProperty;

/** A second consumer of OrderCompleted in the same application: each is guarded, retried and dead-lettered alone. */
@ApplicationScoped
@IfBuildProperty(name = "platform-kit.test-app", stringValue = "true")
public class SecondTestConsumer extends RecordingConsumer {

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions.on(OrderCompleted.class, (event, context) -> react(event.orderId(), "completed", context));
    }
}
