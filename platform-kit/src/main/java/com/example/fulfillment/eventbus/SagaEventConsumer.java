package com.example.fulfillment.eventbus;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * The one Kafka consumer of every service. A record whose processing throws is nacked, and the channel's
 * dead-letter-queue failure strategy moves it to the service's dead-letter topic with the reason in its
 * headers, while the records behind it go on.
 */
@ApplicationScoped
public class SagaEventConsumer {

    private final EventCodec codec;
    private final EventDispatcher dispatcher;

    SagaEventConsumer(EventCodec codec, EventDispatcher dispatcher) {
        this.codec = codec;
        this.dispatcher = dispatcher;
    }

    @Incoming("saga-events-in")
    @Blocking // handlers use JDBC; ordered, so one order's events are handled in the sequence they were published
    public void consume(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(codec.read(record.value()));
    }
}
