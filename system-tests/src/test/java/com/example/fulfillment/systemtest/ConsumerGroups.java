package com.example.fulfillment.systemtest;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The broker as ops see it with Kafka's AdminClient (what deploy/topics.sh's tools do): its topics, how far each
 * service's consumer group is behind on the saga topic, and a group's offsets moved back to the beginning.
 */
final class ConsumerGroups implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 15;

    private final Admin admin;
    private final String topic;

    ConsumerGroups(String bootstrapServers, String topic) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000"));
        this.topic = topic;
    }

    Set<String> topics() throws Exception {
        return new TreeSet<>(admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** A setting of the (one) broker, e.g. auto.create.topics.enable. */
    String brokerSetting(String name) throws Exception {
        ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
        Config config = admin.describeConfigs(List.of(broker)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(broker);
        return config.get(name) == null ? "(not set)" : config.get(name).value();
    }

    /** Records of the saga topic the group has not consumed yet; all of them if it never committed. */
    long lag(String group) throws Exception {
        Map<TopicPartition, Long> ends = offsets(OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata position = committed.get(end.getKey());
            lag += end.getValue() - (position == null ? 0 : position.offset());
        }
        return lag;
    }

    long lag(Collection<String> groups) throws Exception {
        long lag = 0;
        for (String group : groups) {
            lag += lag(group);
        }
        return lag;
    }

    /** How many records the saga topic holds now, all partitions together. */
    long records() throws Exception {
        Map<TopicPartition, Long> earliest = offsets(OffsetSpec.earliest());
        return offsets(OffsetSpec.latest()).entrySet().stream()
                .mapToLong(end -> end.getValue() - earliest.get(end.getKey())).sum();
    }

    /**
     * Moves the group back to the first record of every partition of the saga topic, as
     * {@code kafka-consumer-groups --reset-offsets --to-earliest} does. The group must have no members: the broker
     * refuses to move the offsets of a group that consumes; this waits until the stopped service's member is gone.
     */
    void resetToEarliest(String group, Duration waitForMembersToLeave) throws Exception {
        long deadline = System.nanoTime() + waitForMembersToLeave.toNanos();
        while (!admin.describeConsumerGroups(List.of(group)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(group).members().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(group + " still has members after " + waitForMembersToLeave.toSeconds()
                        + " s: its service did not leave the group when it stopped");
            }
            Thread.sleep(500);
        }
        Map<TopicPartition, OffsetAndMetadata> beginning = offsets(OffsetSpec.earliest()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, first -> new OffsetAndMetadata(first.getValue())));
        admin.alterConsumerGroupOffsets(group, beginning).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            request.put(new TopicPartition(topic, partition), spec);
        }
        Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
