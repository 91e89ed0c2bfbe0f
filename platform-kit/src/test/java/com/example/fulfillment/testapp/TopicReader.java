package com.example.fulfillment.testapp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads one topic of the test application exactly, between offsets taken before and after what a test did:
 * every record in that range, once, without a consumer group.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;

    public TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformKitTestApp.kafkaBootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "platform-kit-topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
    }

    public List<TopicPartition> partitions() {
        return partitions;
    }

    /** The partition the default partitioner puts this key in, as the relay's producer does. */
    public int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                % partitions.size();
    }

    public Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(partitions);
    }

    /** Every record from (inclusive) to (exclusive), per partition; fails if they cannot be read within the timeout. */
    public List<ConsumerRecord<String, String>> read(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
            Duration timeout) {
        partitions.forEach(partition -> consumer.seek(partition, from.get(partition)));
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < to.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read " + from + " to " + to + " within " + timeout);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < to.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
