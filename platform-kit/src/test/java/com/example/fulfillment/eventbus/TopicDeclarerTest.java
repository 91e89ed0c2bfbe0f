package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.TopicDeclarer.Contradiction;
import com.example.fulfillment.eventbus.TopicDeclarer.Outcome;
import com.example.fulfillment.eventbus.TopicRules.Declared;
import com.example.fulfillment.failure.TransientFailures;
import com.example.fulfillment.testapp.PlatformKitTestApp;

/**
 * The declaration of topics against the real broker, on topics of each test's own (deleted afterwards): what is
 * missing is created with its partitions and retention, a dead-letter topic kept too briefly is raised, a saga topic
 * with too few partitions is refused, and a broker that does not answer is told apart from all of these.
 */
class TopicDeclarerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Admin admin;
    private final List<String> topics = new ArrayList<>();

    @BeforeEach
    void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformKitTestApp.kafkaBootstrapServers()));
    }

    @AfterEach
    void deleteTopics() throws Exception {
        if (!topics.isEmpty()) {
            admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
        admin.close(Duration.ofSeconds(5));
    }

    @Test
    void missingTopicsAreCreatedWithTheirPartitionsAndRetention() throws Exception {
        Declared saga = new Declared(name("saga"), true, 2, Duration.ofDays(2));
        Declared deadLetters = new Declared(name("dead-letter"), false, 1, Duration.ofDays(30));

        List<Outcome> outcomes = declarer().declare(List.of(saga, deadLetters), Optional.empty());

        assertTrue(outcomes.stream().allMatch(Outcome::created), outcomes.toString());
        assertEquals(2, partitions(saga.name()));
        assertEquals(Duration.ofDays(2).toMillis(), retention(saga.name()));
        assertEquals(1, partitions(deadLetters.name()));
        assertEquals(Duration.ofDays(30).toMillis(), retention(deadLetters.name()));

        List<Outcome> again = declarer().declare(List.of(saga, deadLetters), Optional.empty());
        assertTrue(again.stream().noneMatch(Outcome::created), "declaring twice creates nothing: " + again);
        assertTrue(again.stream().allMatch(outcome -> outcome.raisedFromMs() == null), again.toString());
    }

    @Test
    void aDeadLetterTopicKeptTooBrieflyIsRaisedWhileTheSagaTopicsRetentionIsLeftAsItIs() throws Exception {
        Declared saga = new Declared(name("saga"), true, 3, Duration.ofDays(7));
        Declared deadLetters = new Declared(name("dead-letter"), false, 3, Duration.ofDays(30));
        create(saga.name(), 3, Duration.ofDays(1));
        create(deadLetters.name(), 3, Duration.ofDays(7));

        List<Outcome> outcomes = declarer().declare(List.of(saga, deadLetters), Optional.empty());

        assertEquals(Duration.ofDays(30).toMillis(), retentionOnceSettled(deadLetters.name(), Duration.ofDays(30)));
        assertEquals(Duration.ofDays(7).toMillis(), outcomes.get(1).raisedFromMs());
        assertEquals(Duration.ofDays(1).toMillis(), retention(saga.name()), "the saga topic is every service's");
        assertNull(outcomes.get(0).raisedFromMs());
        assertEquals(1, outcomes.get(0).notes().size(), outcomes.get(0).notes().toString());
    }

    @Test
    void aSagaTopicWithFewerPartitionsThanDeclaredIsRefusedAndLeftAsItIs() throws Exception {
        Declared saga = new Declared(name("saga"), true, 3, Duration.ofDays(7));
        create(saga.name(), 1, Duration.ofDays(7));

        Contradiction refused = assertThrows(Contradiction.class,
                () -> declarer().declare(List.of(saga), Optional.empty()));

        assertTrue(refused.getMessage().contains(saga.name() + " has 1 partition(s), fewer than the 3"),
                refused.getMessage());
        assertEquals(1, partitions(saga.name()));
    }

    @Test
    void servicesDeclaringTheSameTopicsAtOnceAllSucceed() throws Exception {
        // on a fresh broker all five services (and a second instance) start together and declare the saga topic
        List<Declared> declared = List.of(new Declared(name("saga"), true, 3, Duration.ofDays(7)),
                new Declared(name("dead-letter"), false, 3, Duration.ofDays(30)));
        ExecutorService services = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Outcome>>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(services.submit(() -> declarer().declare(declared, Optional.empty())));
            }
            long created = 0;
            for (Future<List<Outcome>> start : starts) {
                created += start.get(60, TimeUnit.SECONDS).stream().filter(Outcome::created).count();
            }
            assertTrue(created <= 2, "each topic is created once at most: " + created);
        } finally {
            services.shutdownNow();
        }
        assertEquals(3, partitions(declared.get(0).name()));
    }

    @Test
    void aBrokerThatDoesNotAnswerFailsWithinTheTimeoutAsATransientFailure() {
        // nothing listens on port 1: the kind of failure the start-up waits out instead of refusing to start
        try (Admin nowhere = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            Exception failure = assertThrows(Exception.class, () -> new TopicDeclarer(nowhere, Duration.ofSeconds(2))
                    .declare(List.of(new Declared(name("saga"), true, 3, Duration.ofDays(7))), Optional.empty()));
            assertTrue(failure instanceof TimeoutException
                    || failure instanceof ExecutionException && TransientFailures.isTransient(failure.getCause()),
                    failure.toString());
        }
        assertFalse(topics.isEmpty());
        topics.clear(); // nothing was created
    }

    private TopicDeclarer declarer() {
        return new TopicDeclarer(admin, TIMEOUT);
    }

    private String name(String role) {
        String name = PlatformKitTestApp.TOPIC + ".declared-" + UUID.randomUUID() + "." + role;
        topics.add(name);
        return name;
    }

    private void create(String topic, int partitions, Duration retention) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retention.toMillis())))))
                .all().get(30, TimeUnit.SECONDS);
    }

    private int partitions(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                .partitions().size();
    }

    /** A topic's altered config reaches the broker that answers describeConfigs a moment after the alter returns. */
    private long retentionOnceSettled(String topic, Duration expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        long seen = retention(topic);
        while (seen != expected.toMillis() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            seen = retention(topic);
        }
        return seen;
    }

    private long retention(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return Long.parseLong(admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS)
                .get(resource).get(TopicConfig.RETENTION_MS_CONFIG).value());
    }
}
