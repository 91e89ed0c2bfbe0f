package com.example.fulfillment.eventbus.parking;

import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.LOSE_DATABASE;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.REFUSE;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.SUCCEED;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.ConsumerGroupState;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.RecordingConsumer.Attempt;
import com.example.fulfillment.testapp.TestConsumer;
import com.example.fulfillment.testapp.TestDatabase;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A failure that passes by itself (here: the handler's database connection is lost, SQL state 08006) is waited out
 * for as long as it lasts, far beyond the attempts an unclassified failure gets, and beyond max.poll.interval.ms:
 * the event is handled once it passes, never parked or dead-lettered, the consumer keeps its place in its group, and
 * readiness is DOWN meanwhile, with the cause and since when.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class OutageWaitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestEventBus bus;
    private static Admin admin;

    @Inject
    TestConsumer consumer;
    @Inject
    TestDatabase database;
    @ConfigProperty(name = "mp.messaging.incoming.saga-events-in.group.id")
    String group;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformKitTestApp.kafkaBootstrapServers()));
    }

    @AfterAll
    static void disconnect() {
        bus.close();
        admin.close(Duration.ofSeconds(5));
    }

    @Test
    void aLostDatabaseIsWaitedOutWithoutLimitWhileReadinessIsDownAndTheEventIsThenHandledOnce() {
        String order = newOrder();
        EventEnvelope warmUp = bus.publish(statusChange(order, "warm-up"));
        await().atMost(TIMEOUT).until(() -> !database.effectsOn(warmUp.id()).isEmpty());
        await().atMost(TIMEOUT).until(() -> stableMembers().size() == 1);
        Set<String> membersBefore = stableMembers();
        readiness().statusCode(200);

        consumer.loseDatabaseUntilBack(order);
        EventEnvelope waiting = bus.publish(statusChange(order, "waiting"));
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));

        await().atMost(TIMEOUT).until(() -> consumer.attemptsOn(waiting.id()).size()
                > PlatformKitTestApp.MAX_ATTEMPTS + 2);
        JsonPath down = readiness().statusCode(503).extract().jsonPath();
        Map<String, Object> check = consumerCheck(down);
        assertEquals("DOWN", check.get("status"));
        Map<?, ?> data = (Map<?, ?>) check.get("data");
        assertTrue(String.valueOf(data.get("cause")).contains("An I/O error occurred while sending to the backend"),
                data.toString());
        assertTrue(String.valueOf(data.get("waitingFor")).contains(waiting.id().toString()), data.toString());
        Instant since = Instant.parse(String.valueOf(data.get("since")));

        // longer than max.poll.interval.ms: a consumer that stopped polling would have left the group by now
        Duration pollInterval = Duration.ofMillis(PlatformKitTestApp.MAX_POLL_INTERVAL_MS);
        await().atMost(TIMEOUT).until(() -> Instant.now().isAfter(since.plus(pollInterval.multipliedBy(2))));
        assertEquals(membersBefore, stableMembers(), "the same consumer, still in its group");
        assertEquals(List.of(), database.parkedOfOrder(order), "waiting, not parked");
        assertEquals(List.of(), database.effectsOn(behind.id()), "the records behind it wait");

        consumer.databaseBack(order);
        await().atMost(TIMEOUT).until(() -> !database.effectsOn(behind.id()).isEmpty());
        assertEquals(List.of("warm-up", "waiting", "behind"), steps(order));
        List<Attempt> attempts = consumer.attemptsOn(waiting.id());
        assertTrue(attempts.subList(0, attempts.size() - 1).stream().allMatch(a -> a.outcome() == LOSE_DATABASE));
        assertEquals(SUCCEED, attempts.get(attempts.size() - 1).outcome());
        assertEquals(1, database.effectsOn(waiting.id()).size());
        await().atMost(TIMEOUT).untilAsserted(() -> readiness().statusCode(200));
        assertEquals("UP", consumerCheck(readiness().extract().jsonPath()).get("status"));

        // the first dead letter of the order is this witness: nothing before it was dead-lettered
        consumer.script(order, REFUSE);
        EventEnvelope witness = bus.publish(statusChange(order, "witness"));
        assertTrue(bus.awaitDeadLetter(order).contains("witness of order " + order));
        assertEquals(List.of(witness.id()), database.parkedOfOrder(order).stream().map(TestDatabase.Parked::eventId)
                .toList());
    }

    private static io.restassured.response.ValidatableResponse readiness() {
        return given().get("/q/health/ready").then();
    }

    private static Map<String, Object> consumerCheck(JsonPath health) {
        return health.<Map<String, Object>> getList("checks").stream()
                .filter(check -> ConsumerReadiness.NAME.equals(check.get("name"))).findFirst().orElseThrow();
    }

    /** The members of the application's consumer group while it is stable; empty while it rebalances. */
    private Set<String> stableMembers() {
        try {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            if (description.state() != ConsumerGroupState.STABLE) {
                return Set.of();
            }
            return description.members().stream().map(MemberDescription::consumerId).collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe consumer group " + group, e);
        }
    }

    private List<String> steps(String order) {
        return database.effectsOfOrder(order).stream().map(TestDatabase.Effect::step).toList();
    }

    private static OrderStatusChanged statusChange(String order, String step) {
        return new OrderStatusChanged(order, OrderStatus.ALLOCATED, OrderStatus.INVOICED, step, Instant.now());
    }

    private static String newOrder() {
        return "order-" + UUID.randomUUID();
    }
}
