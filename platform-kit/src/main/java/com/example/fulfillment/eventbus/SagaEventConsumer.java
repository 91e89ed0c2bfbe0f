package com.example.fulfillment.eventbus;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.example.fulfillment.eventbus.parking.EventParking;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * The one Kafka consumer of every service. A record whose processing throws is nacked, and the channel's
 * dead-letter-queue failure strategy moves it to the service's dead-letter topic with the reason in its headers,
 * while the records behind it go on: a record that cannot be read at all, or an event that is parked
 * ({@link EventParking}; the later events of its order are parked behind it). A failure that passes by itself does
 * not come back here at all: the handler waits it out, and the records behind it wait too.
 */
@ApplicationScoped
public class SagaEventConsumer {

    private final EventCodec codec;
    private final EventParking parking;

    SagaEventConsumer(EventCodec codec, EventParking parking) {
        this.codec = codec;
        this.parking = parking;
    }

    @Incoming("saga-events-in")
    @Blocking // handlers use JDBC; ordered, so one order's events are handled in the sequence they were published
    public void consume(ConsumerRecord<String, String> record) {
        parking.deliver(codec.read(record.value()));
    }
}
