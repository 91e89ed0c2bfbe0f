package com.example.fulfillment.testapp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Before the test application starts: its two topics exist with {@value #PARTITIONS} partitions (the rebalance test
 * needs more than one), and hold nothing from earlier runs, so every run reads only its own records.
 */
public class KafkaTestTopics implements QuarkusTestResourceLifecycleManager {

    public static final int PARTITIONS = 3;

    @Override
    public Map<String, String> start() {
        List<String> topics = List.of(PlatformKitTestApp.TOPIC, PlatformKitTestApp.DEAD_LETTER_TOPIC);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformKitTestApp.kafkaBootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (String topic : topics) {
                if (!existing.contains(topic)) {
                    create(admin, topic);
                }
            }
            // a topic created just now is empty, and a fresh broker may not serve its partitions yet: truncate only
            // what an earlier run left behind
            List<String> leftovers = topics.stream().filter(existing::contains).toList();
            if (leftovers.isEmpty()) {
                return Map.of();
            }
            Map<String, TopicDescription> described = admin.describeTopics(leftovers).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            described.values().forEach(topic -> topic.partitions().forEach(
                    partition -> latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, RecordsToDelete> truncate = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .forEach((partition, end) -> truncate.put(partition, RecordsToDelete.beforeOffset(end.offset())));
            admin.deleteRecords(truncate).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot prepare the test topics on "
                    + PlatformKitTestApp.kafkaBootstrapServers() + ": " + e, e);
        }
        return Map.of();
    }

    private static void create(Admin admin, String topic) throws InterruptedException, TimeoutException,
            ExecutionException {
        try {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Override
    public void stop() {
    }
}
