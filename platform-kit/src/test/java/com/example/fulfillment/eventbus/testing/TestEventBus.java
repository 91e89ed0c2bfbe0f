package com.example.fulfillment.eventbus.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plays the rest of the saga in a service's tests: publishes events to the real broker as another
 * service would, and reads what the service under test published (or dead-lettered). Reads the broker
 * address and topic from the test's Quarkus configuration.
 */
public final class TestEventBus implements AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final ObjectMapper mapper = EventCodec.forEvents(new ObjectMapper().findAndRegisterModules());
    private final String topic;
    private final String deadLetterTopic;
    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TestEventBus() {
        var config = ConfigProvider.getConfig();
        String servers = config.getValue("kafka.bootstrap.servers", String.class);
        this.topic = config.getValue("fulfillment.events.topic", String.class);
        this.deadLetterTopic = config.getValue("mp.messaging.incoming.saga-events-in.dead-letter-queue.topic",
                String.class);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-event-bus-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic, deadLetterTopic));
    }

    /** Wraps the event as another service would and publishes it; returns the envelope, to publish it again. */
    public EventEnvelope publish(SagaEvent event) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/test",
                EventCatalog.typeOf(event.getClass()), event.orderId(), OffsetDateTime.now(), "application/json",
                mapper.valueToTree(event));
        publish(envelope);
        return envelope;
    }

    public void publish(EventEnvelope envelope) {
        try {
            publishRaw(envelope.subject(), mapper.writeValueAsString(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes any text, e.g. a malformed record that must end up dead-lettered. */
    public void publishRaw(String key, String value) {
        publishRaw(key, value, Map.of());
    }

    /** Publishes any text with these headers, e.g. the type header the relay sets. */
    public void publishRaw(String key, String value, Map<String, String> headers) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /** Waits for the first event of this type about this order on the saga topic. */
    public <E extends SagaEvent> E await(Class<E> type, String orderId) {
        return await(type, orderId, event -> true);
    }

    public <E extends SagaEvent> E await(Class<E> type, String orderId, Predicate<E> matching) {
        String typeName = EventCatalog.typeOf(type);
        ConsumerRecord<String, String> found = awaitRecord(record -> {
            if (!topic.equals(record.topic()) || !orderId.equals(record.key())) {
                return false;
            }
            E payload = payloadOrNull(record, typeName, type);
            return payload != null && matching.test(payload);
        },
                "a " + typeName + " event for order " + orderId);
        return payloadOrNull(found, typeName, type);
    }

    /** All events about this order seen so far on the saga topic, in order. */
    public List<EventEnvelope> eventsOf(String orderId) {
        pollOnce();
        return seen.stream().filter(r -> topic.equals(r.topic()) && orderId.equals(r.key()))
                .map(this::envelope).toList();
    }

    /** The values of the dead letters with this key seen after waiting a short settle time, in order. */
    public List<String> deadLetters(String key, Duration settle) {
        long until = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < until) {
            pollOnce();
        }
        return seen.stream().filter(r -> deadLetterTopic.equals(r.topic()) && key.equals(r.key()))
                .map(ConsumerRecord::value).toList();
    }

    /** How many events of this type about this order were seen after waiting a short settle time. */
    public long count(Class<? extends SagaEvent> type, String orderId, Duration settle) {
        long until = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < until) {
            pollOnce();
        }
        String typeName = EventCatalog.typeOf(type);
        return eventsOf(orderId).stream().filter(e -> e.type().equals(typeName)).count();
    }

    /** Waits for a record with this key on the service's dead-letter topic; returns its dead-letter reason. */
    public String awaitDeadLetter(String key) {
        ConsumerRecord<String, String> found = awaitRecord(
                record -> deadLetterTopic.equals(record.topic()) && key.equals(record.key()),
                "a dead-lettered record with key " + key + " on " + deadLetterTopic);
        Header reason = found.headers().lastHeader("dead-letter-reason");
        return reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching,
            String what) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        int checked = 0;
        do {
            for (; checked < seen.size(); checked++) {
                if (matching.test(seen.get(checked))) {
                    return seen.get(checked);
                }
            }
            pollOnce();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + what + " within " + DEFAULT_TIMEOUT.toSeconds() + " s; saw "
                + seen.stream().map(r -> r.topic() + ":" + r.key() + ":" + typeOf(r)).toList());
    }

    private void pollOnce() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    private String typeOf(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? "?" : new String(type.value(), StandardCharsets.UTF_8);
    }

    private <E> E payloadOrNull(ConsumerRecord<String, String> record, String typeName, Class<E> type) {
        return Optional.ofNullable(envelopeOrNull(record))
                .filter(envelope -> envelope.type().equals(typeName))
                .map(envelope -> mapper.convertValue(envelope.data(), type))
                .orElse(null);
    }

    private EventEnvelope envelope(ConsumerRecord<String, String> record) {
        EventEnvelope envelope = envelopeOrNull(record);
        if (envelope == null) {
            throw new AssertionError("not a CloudEvent on " + record.topic() + ": " + record.value());
        }
        return envelope;
    }

    private EventEnvelope envelopeOrNull(ConsumerRecord<String, String> record) {
        try {
            return mapper.readValue(record.value(), EventEnvelope.class);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
