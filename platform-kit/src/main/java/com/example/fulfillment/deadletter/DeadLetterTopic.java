package com.example.fulfillment.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventDispatcher;
import com.example.fulfillment.eventbus.EventEnvelope;

import io.smallrye.common.annotation.Identifier;

/**
 * The service's dead-letter topic, for ops: what this service could not process and why, and a retry that hands
 * every pending dead letter to the service's own handlers again once its cause is fixed (a late prerequisite, a
 * repaired bug, a database that is back).
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
    private static final Duration POLL = Duration.ofMillis(500);
    /** Reading stops when the broker hands over nothing for this long, even if the end was not reached. */
    private static final Duration STALLED = Duration.ofSeconds(30);
    private static final int PROGRESS_EVERY = 100;
    private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

    private final Map<String, Object> kafka;
    private final String topic;
    private final String retryGroup;
    private final EventCodec codec;
    private final EventDispatcher dispatcher;

    DeadLetterTopic(@Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "mp.messaging.incoming.saga-events-in.dead-letter-queue.topic") String topic,
            @ConfigProperty(name = "quarkus.application.name") String application, EventCodec codec,
            EventDispatcher dispatcher) {
        this.kafka = kafka;
        this.topic = topic;
        this.retryGroup = application + ".dead-letter-retry";
        this.codec = codec;
        this.dispatcher = dispatcher;
    }

    /** The newest dead letters, up to limit, newest first. */
    public DeadLetterListing list(int limit) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return new DeadLetterListing(topic, 0, List.of());
            }
            Map<TopicPartition, Long> retriedUpTo = retriedUpTo(consumer, partitions);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long pending = 0;
            consumer.assign(partitions);
            for (TopicPartition partition : partitions) {
                long from = Math.max(retriedUpTo.get(partition), beginning.get(partition));
                pending += Math.max(0, end.get(partition) - from);
                consumer.seek(partition, Math.max(beginning.get(partition), end.get(partition) - limit));
            }
            List<DeadLetter> letters = new ArrayList<>();
            readUpTo(consumer, end, record -> letters.add(view(record,
                    record.offset() >= retriedUpTo.get(new TopicPartition(record.topic(), record.partition())))));
            letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).thenComparing(DeadLetter::offset).reversed());
            return new DeadLetterListing(topic, pending, letters.stream().limit(limit).toList());
        }
    }

    /** Hands every pending dead letter to the service's handlers once; see the class comment. */
    public synchronized RetryReport retryPending() {
        try (KafkaConsumer<String, String> consumer = consumer(); KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return new RetryReport(topic, 0, 0, List.of());
            }
            Map<TopicPartition, Long> retriedUpTo = retriedUpTo(consumer, partitions);
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
            readUpTo(consumer, end, record -> {
                try {
                    dispatcher.dispatch(codec.read(record.value()));
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
        headers.add(REASON, bytes(failure.getMessage()));
        headers.add(EXCEPTION_CLASS, bytes(failure.getClass().getName()));
        if (failure.getCause() != null) {
            headers.add(CAUSE, bytes(failure.getCause().getMessage()));
            headers.add(CAUSE_CLASS, bytes(failure.getCause().getClass().getName()));
        }
        headers.add(RETRIED_FROM, bytes(record.topic() + "/" + record.partition() + "/" + record.offset()));
        ProducerRecord<String, String> again = new ProducerRecord<>(topic, null, record.key(), record.value(), headers);
        try {
            producer.send(again).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the position is not moved past a record that could not be put back: it stays pending
            throw new IllegalStateException("cannot put a failed dead letter back on " + topic + ": " + e, e);
        }
        EventEnvelope envelope = envelopeOrNull(record.value());
        return new DeadLetter(record.partition(), record.offset(), true, record.key(),
                envelope == null ? null : String.valueOf(envelope.id()), envelope == null ? null : envelope.type(),
                failure.getMessage(), failure.getCause() == null ? null : failure.getCause().getMessage(),
                Instant.now(), record.topic() + "/" + record.partition() + "/" + record.offset(),
                envelope == null ? record.value() : null);
    }

    private void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
            Consumer<ConsumerRecord<String, String>> each) {
        long lastProgress = System.nanoTime();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            boolean any = false;
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                    any = true;
                }
            }
            if (any) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALLED.toNanos()) {
                LOG.warnf("reading %s stalled for %s before its end; stopping here", topic, STALLED);
                return;
            }
        }
    }

    private DeadLetter view(ConsumerRecord<String, String> record, boolean pending) {
        EventEnvelope envelope = envelopeOrNull(record.value());
        return new DeadLetter(record.partition(), record.offset(), pending, record.key(),
                envelope == null ? null : String.valueOf(envelope.id()),
                envelope == null ? null : envelope.type(),
                header(record, REASON), header(record, CAUSE), Instant.ofEpochMilli(record.timestamp()),
                header(record, RETRIED_FROM), envelope == null ? record.value() : null);
    }

    private EventEnvelope envelopeOrNull(String value) {
        try {
            return codec.read(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static Map<TopicPartition, Long> retriedUpTo(KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            positions.put(partition, offset == null ? 0L : offset.offset());
        }
        return positions;
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, retryGroup);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, retryGroup + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // looking must not create the topic of a service that never dead-lettered anything
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, retryGroup + "-" + UUID.randomUUID());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
