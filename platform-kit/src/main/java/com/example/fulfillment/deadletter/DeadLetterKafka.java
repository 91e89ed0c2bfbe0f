package com.example.fulfillment.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/** The Kafka plumbing of {@link DeadLetterTopic}: its clients, and reading the topic between two positions. */
final class DeadLetterKafka {

    private static final Duration POLL = Duration.ofMillis(500);
    /** Reading stops when the broker hands over nothing for this long, even if the end was not reached. */
    private static final Duration STALLED = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(DeadLetterKafka.class);

    private final Map<String, Object> kafka;
    private final String topic;
    private final String retryGroup;

    DeadLetterKafka(Map<String, Object> kafka, String topic, String retryGroup) {
        this.kafka = kafka;
        this.topic = topic;
        this.retryGroup = retryGroup;
    }

    String topic() {
        return topic;
    }

    /** A client of the retry group, which commits nothing by itself. */
    KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, retryGroup);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, retryGroup + "-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // looking must not create the topic of a service that never dead-lettered anything
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, retryGroup + "-" + UUID.randomUUID());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** How far the retries got on each partition: the retry group's committed offsets. */
    static Map<TopicPartition, Long> retriedUpTo(KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            positions.put(partition, offset == null ? 0L : offset.offset());
        }
        return positions;
    }

    /** Hands each record from the consumer's positions up to (not including) end to each, in order per partition. */
    void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
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

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return String.valueOf(text).getBytes(StandardCharsets.UTF_8);
    }
}
