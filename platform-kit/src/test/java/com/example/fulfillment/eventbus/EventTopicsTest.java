package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.testapp.KafkaTestTopics;
import com.example.fulfillment.testapp.PlatformKitTestApp;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The test application's own topics once it has started: KafkaTestTopics created them beforehand with the broker's
 * defaults (7 days of retention), and the start-up held them to the declaration: the dead-letter topic is kept at
 * least as long as the dedup window (30 days by default), the saga topic has its partitions and the retention of
 * fulfillment.events.topics.saga-retention, and readiness says so.
 */
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class EventTopicsTest {

    @Inject
    EventTopicsConfig topics;
    @Inject
    EventBusConfig eventBus;
    @Inject
    @Any
    EventTopicsHealth health;

    @Test
    void theTopicsHaveThePartitionsAndRetentionDeclared() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformKitTestApp.kafkaBootstrapServers()))) {
            Duration dedupWindow = eventBus.housekeeping().processedEventRetention();
            assertTrue(retention(admin, PlatformKitTestApp.DEAD_LETTER_TOPIC) >= dedupWindow.toMillis(),
                    "dead letters outlive the dedup window of " + dedupWindow);
            assertEquals(topics.sagaRetention().toMillis(), retention(admin, PlatformKitTestApp.TOPIC));
            int partitions = admin.describeTopics(List.of(PlatformKitTestApp.TOPIC)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(PlatformKitTestApp.TOPIC).partitions().size();
            assertEquals(KafkaTestTopics.PARTITIONS, partitions);
            assertTrue(partitions >= topics.partitions());
        }

        HealthCheckResponse response = health.call();
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus(), String.valueOf(response.getData()));
        assertEquals(PlatformKitTestApp.TOPIC + ", " + PlatformKitTestApp.DEAD_LETTER_TOPIC,
                response.getData().orElseThrow().get("topics"));
    }

    private static long retention(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        return Long.parseLong(config.get(TopicConfig.RETENTION_MS_CONFIG).value());
    }
}
