package com.example.fulfillment.testapp;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The configuration of platform-kit's own test application: the kit's beans, the test consumers of this package,
 * the real PostgreSQL and Kafka, and topics of its own.
 * <p>
 * It is a test profile rather than a src/test/resources/application.properties on purpose: this module's test-jar
 * (which carries TestEventBus) is on every service's test classpath, and Quarkus reads every application.properties
 * it finds on the classpath, so such a file would override the services' own datasource and topics. Nothing in
 * this package takes effect unless this profile is active: the beans are built only with
 * {@code platform-kit.test-app=true}.
 * <p>
 * The channels are not configured here: the test application runs with the mp.messaging configuration the kit ships
 * to the services (META-INF/microprofile-config.properties), which is what is under test; only max.poll.interval.ms
 * is lowered, to show that waiting out an outage does not cost the consumer its place in the group.
 */
public class PlatformKitTestApp implements QuarkusTestProfile {

    public static final String APPLICATION = "platform-kit-test";
    public static final String TOPIC = "fulfillment.saga-events.test.platform-kit";
    /** As META-INF/microprofile-config.properties derives it from the topic and the application's name. */
    public static final String DEAD_LETTER_TOPIC = TOPIC + "." + APPLICATION + ".dead-letter";
    /** Low enough that the relay test needs several batches. */
    public static final int RELAY_BATCH_SIZE = 50;
    public static final int MAX_ATTEMPTS = 3;
    /** Automatic attempts of a re-drivable parked event before it waits for ops. */
    public static final int MAX_REDRIVES = 4;
    /**
     * Far below the kit's default (5 min), so that a test can wait out an outage for longer than this and show that
     * the consumer keeps its place in the group meanwhile.
     */
    public static final int MAX_POLL_INTERVAL_MS = 6000;

    public static String kafkaBootstrapServers() {
        String servers = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return servers == null || servers.isBlank() ? "localhost:9092" : servers;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("platform-kit.test-app", "true"),
                Map.entry("quarkus.application.name", APPLICATION),
                Map.entry("quarkus.http.test-port", "0"),
                // no Docker here: the broker and the database are the ones deploy/infra.sh starts
                Map.entry("quarkus.devservices.enabled", "false"),

                Map.entry("quarkus.datasource.db-kind", "postgresql"),
                Map.entry("quarkus.datasource.username", "${DB_USER:postgres}"),
                Map.entry("quarkus.datasource.password", "${DB_PASSWORD:postgres}"),
                Map.entry("quarkus.datasource.jdbc.url",
                        "jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/platform_kit_test"),
                Map.entry("quarkus.hibernate-orm.schema-management.strategy", "none"),
                Map.entry("quarkus.hibernate-orm.physical-naming-strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"),
                Map.entry("quarkus.flyway.migrate-at-start", "true"),
                // the kit's outbox and processed-event tables, and the test consumers' effects
                Map.entry("quarkus.flyway.locations", "db/event-bus,db/platform-kit-test"),
                Map.entry("quarkus.flyway.clean-at-start", "true"),
                Map.entry("quarkus.flyway.clean-disabled", "false"),

                Map.entry("kafka.bootstrap.servers", kafkaBootstrapServers()),
                Map.entry("fulfillment.events.topic", TOPIC),
                Map.entry("fulfillment.events.relay.batch-size", String.valueOf(RELAY_BATCH_SIZE)),
                Map.entry("fulfillment.events.consumer.max-attempts", String.valueOf(MAX_ATTEMPTS)),
                Map.entry("fulfillment.events.consumer.initial-backoff", "50ms"),
                Map.entry("fulfillment.events.parking.outage-backoff.initial", "50ms"),
                Map.entry("fulfillment.events.parking.outage-backoff.max", "400ms"),
                Map.entry("fulfillment.events.parking.redrive.backoff.initial", "100ms"),
                Map.entry("fulfillment.events.parking.redrive.backoff.max", "500ms"),
                Map.entry("fulfillment.events.parking.redrive.max-attempts", String.valueOf(MAX_REDRIVES)),
                Map.entry("mp.messaging.incoming.saga-events-in.max.poll.interval.ms",
                        String.valueOf(MAX_POLL_INTERVAL_MS)));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaTestTopics.class));
    }
}
