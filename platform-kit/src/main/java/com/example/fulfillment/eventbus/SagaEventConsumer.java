package com.example.fulfillment.eventbus;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
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
    private final EventDispatcher dispatcher;

    SagaEventConsumer(EventCodec codec, EventParking parking, EventDispatcher dispatcher) {
        this.codec = codec;
        this.parking = parking;
        this.dispatcher = dispatcher;
    }

    @Incoming("saga-events-in")
    @Blocking // handlers use JDBC; ordered, so one order's events are handled in the sequence they were published
    public void consume(ConsumerRecord<String, String> record) {
        // Every service reads the whole saga topic and wants only a few of its types: the relay names the type in a
        // header, so that the others are passed over without parsing their JSON (the most of what arrives). A record
        // without the header (another producer) is parsed and judged by its body, as before.
        Header type = record.headers().lastHeader(EventEnvelope.TYPE_HEADER);
        if (type != null && dispatcher.ignores(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        parking.deliver(codec.read(record.value()));
    }
}
