package com.example.fulfillment.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.parking.ParkedEvent;
import com.example.fulfillment.eventbus.parking.ParkedEventActions;
import com.example.fulfillment.eventbus.parking.ParkedEventStore;

import io.smallrye.common.annotation.Identifier;

/**
 * The service's dead-letter topic, for ops: what this service could not process and why, and a retry that hands
 * every pending dead letter to the service's own handlers again once its cause is fixed (a late prerequisite, a
 * repaired bug, a database that is back). Every event parked in the service has its copy here; the parked_event
 * table says where it stands now (parked, waiting behind another, released, discarded), and the listing shows both.
 * <p>
 * The retry does not republish to the saga topic: that would send the record to all five services, and a record
 * that one service could not read would be dead-lettered by all of them again. How far the retries got is kept as
 * the committed offsets of a consumer group of its own, {@code <service>.dead-letter-retry}, so each dead letter is
 * retried once per retry call. One that fails again goes back on the dead-letter topic with its new reason, behind
 * that position: it waits for the next retry instead of looping in this one. Handlers are idempotent, so a retry
 * cut short by a crash, or two instances retrying at once, changes nothing twice.
 */
@ApplicationScoped
public class DeadLetterTopic {

    static final String RETRIED_FROM = "dead-letter-retried-from";
    private static final String REASON = "dead-letter-reason";
    private static final String CAUSE = "dead-letter-cause";
    private static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    private static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    private static final int PROGRESS_EVERY = 100;
    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    private final DeadLetterKafka kafka;
    private final String topic;
    private final EventCodec codec;
    private final ParkedEventActions parkedEvents;
    private final ParkedEventStore parkedStore;

    DeadLetterTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "mp.messaging.incoming.saga-events-in.dead-letter-queue.topic") String topic,
            @ConfigProperty(name = "quarkus.application.name") String application, EventCodec codec,
            ParkedEventActions parkedEvents, ParkedEventStore parkedStore) {
        this.kafka = new DeadLetterKafka(kafka, topic, application + ".dead-letter-retry");
        this.topic = topic;
        this.codec = codec;
        this.parkedEvents = parkedEvents;
        this.parkedStore = parkedStore;
    }

    /**
     * The newest dead letters, up to limit, newest first. A dead letter is pending until a retry has handed it over,
     * or until its parked event was released (by the re-driver, say) or discarded.
     */
    public DeadLetterListing list(int limit) {
        List<ParkedEventView> parked = parkedStore.parkedNow(limit).stream().map(ParkedEventView::of).toList();
        try (KafkaConsumer<String, String> consumer = kafka.consumer()) {
            List<TopicPartition> partitions = kafka.partitions(consumer);
            if (partitions.isEmpty()) {
                return new DeadLetterListing(topic, 0, List.of(), parked);
            }
            Map<TopicPartition, Long> retriedUpTo = DeadLetterKafka.retriedUpTo(consumer, partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> newest = new HashMap<>();
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                retriedUpTo.put(partition, Math.max(retriedUpTo.get(partition), beginning.get(partition)));
                newest.put(partition, Math.max(beginning.get(partition), end.get(partition) - limit));
                // everything pending is read, to tell which of it was settled meanwhile; and the newest, to list them
                consumer.seek(partition, Math.min(retriedUpTo.get(partition), newest.get(partition)));
            }
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            kafka.readUpTo(consumer, end, records::add);
            Map<UUID, ParkedEvent> parkings = parkedStore.latestOf(records.stream().map(this::envelopeOrNull)
                    .filter(Objects::nonNull).map(EventEnvelope::id).toList());
            long pending = 0;
            List<DeadLetter> letters = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                DeadLetter letter = view(record, record.offset() >= retriedUpTo.get(partition), parkings);
                pending += letter.pending() ? 1 : 0;
                if (record.offset() >= newest.get(partition)) {
                    letters.add(letter);
                }
            }
            letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).thenComparing(DeadLetter::offset).reversed());
            return new DeadLetterListing(topic, pending, letters.stream().limit(limit).toList(), parked);
        }
    }

    /** Hands every pending dead letter to the service's handlers once; see the class comment. */
    public synchronized RetryReport retryPending() {
        try (KafkaConsumer<String, String> consumer = kafka.consumer();
                KafkaProducer<String, String> producer = kafka.producer()) {
            List<TopicPartition> partitions = kafka.partitions(consumer);
            if (partitions.isEmpty()) {
                return new RetryReport(topic, 0, 0, List.of());
            }
            Map<TopicPartition, Long> retriedUpTo = DeadLetterKafka.retriedUpTo(consumer, partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            // the end as it is now: what fails again is written behind it, for the next retry
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(retriedUpTo.get(partition), beginning.get(partition)));
            }
            long total = partitions.stream().mapToLong(p -> end.get(p) - consumer.position(p)).sum();
            LOG.infof("retrying %d dead letter(s) of %s", total, topic);
            int[] succeeded = {0};
            List<DeadLetter> failedAgain = new ArrayList<>();
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            kafka.readUpTo(consumer, end, record -> {
                try {
                    parkedEvents.retryDeadLetter(codec.read(record.value()));
                    succeeded[0]++;
                } catch (RuntimeException e) {
                    failedAgain.add(deadLetterAgain(producer, record, e));
                }
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                int retried = succeeded[0] + failedAgain.size();
                if (retried % PROGRESS_EVERY == 0) {
                    LOG.infof("retried %d of %d dead letter(s) of %s: %d failed again", retried, total, topic,
                            failedAgain.size());
                    consumer.commitSync(done);
                }
            });
            consumer.commitSync(done);
            int retried = succeeded[0] + failedAgain.size();
            LOG.infof("retried %d dead letter(s) of %s: %d succeeded, %d failed again", retried, topic, succeeded[0],
                    failedAgain.size());
            return new RetryReport(topic, retried, succeeded[0], failedAgain);
        }
    }

    private DeadLetter deadLetterAgain(KafkaProducer<String, String> producer, ConsumerRecord<String, String> record,
            RuntimeException failure) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            // the original topic, partition and offset stay; the reason is the new one
            if (!Set.of(REASON, CAUSE, EXCEPTION_CLASS, CAUSE_CLASS, RETRIED_FROM).contains(header.key())) {
                headers.add(header);
            }
        }
        headers.add(REASON, DeadLetterKafka.bytes(failure.getMessage()));
        headers.add(EXCEPTION_CLASS, DeadLetterKafka.bytes(failure.getClass().getName()));
        if (failure.getCause() != null) {
            headers.add(CAUSE, DeadLetterKafka.bytes(failure.getCause().getMessage()));
            headers.add(CAUSE_CLASS, DeadLetterKafka.bytes(failure.getCause().getClass().getName()));
        }
        String retriedFrom = record.topic() + "/" + record.partition() + "/" + record.offset();
        headers.add(RETRIED_FROM, DeadLetterKafka.bytes(retriedFrom));
        ProducerRecord<String, String> again = new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
        try {
            producer.send(again).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the position is not moved past a record that could not be put back: it stays pending
            throw new IllegalStateException("cannot put a failed dead letter back on " + topic + ": " + e, e);
        }
        EventEnvelope envelope = envelopeOrNull(record.value());
        ParkedEvent parked = envelope == null ? null : parkedStore.latestOf(List.of(envelope.id())).get(envelope.id());
        return letter(record, true, envelope, parked, failure.getMessage(),
                failure.getCause() == null ? null : failure.getCause().getMessage(), Instant.now(), retriedFrom);
    }

    private DeadLetter view(ConsumerRecord<String, String> record, boolean notRetriedYet,
            Map<UUID, ParkedEvent> parkings) {
        EventEnvelope envelope = envelopeOrNull(record.value());
        ParkedEvent parked = envelope == null ? null : parkings.get(envelope.id());
        boolean settled = parked != null && !parked.open();
        return letter(record, notRetriedYet && !settled, envelope, parked,
                DeadLetterKafka.header(record, REASON), DeadLetterKafka.header(record, CAUSE),
                Instant.ofEpochMilli(record.timestamp()), DeadLetterKafka.header(record, RETRIED_FROM));
    }

    private static DeadLetter letter(ConsumerRecord<String, String> record, boolean pending, EventEnvelope envelope,
            ParkedEvent parked, String reason, String cause, Instant at, String retriedFrom) {
        return new DeadLetter(record.partition(), record.offset(), pending, record.key(),
                envelope == null ? null : String.valueOf(envelope.id()), envelope == null ? null : envelope.type(),
                reason, cause, at, retriedFrom, envelope == null ? record.value() : null,
                parked == null ? null : parked.state(), parked == null ? null : parked.attempts(),
                parked == null || !parked.open() ? null : parked.nextAttemptAt());
    }

    private EventEnvelope envelopeOrNull(ConsumerRecord<String, String> record) {
        return envelopeOrNull(record.value());
    }

    private EventEnvelope envelopeOrNull(String value) {
        try {
            return codec.read(value);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
