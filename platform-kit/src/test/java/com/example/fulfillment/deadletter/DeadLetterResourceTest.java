package com.example.fulfillment.deadletter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.RecordingConsumer;
import com.example.fulfillment.testapp.RecordingConsumer.Attempt;
import com.example.fulfillment.testapp.RecordingConsumer.Outcome;
import com.example.fulfillment.testapp.SecondTestConsumer;
import com.example.fulfillment.testapp.TestConsumer;
import com.example.fulfillment.testapp.TestDatabase;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The dead-letter endpoints every service exposes (DeadLetterResource over DeadLetterTopic), against the real
 * dead-letter topic: ops read what could not be processed and why, and retry it once the cause is fixed.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class DeadLetterResourceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestEventBus bus;

    @Inject
    TestConsumer consumer;
    @Inject
    SecondTestConsumer secondConsumer;
    @Inject
    TestDatabase database;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void theListingShowsEachDeadLetterWithItsReason() {
        String order = newOrder();
        consumer.refuseUntilFixed(order);
        EventEnvelope refused = bus.publish(statusChange(order, "refused"));
        String malformed = newOrder();
        bus.publishRaw(malformed, "<order>not a CloudEvent</order>");
        bus.awaitDeadLetter(order);
        bus.awaitDeadLetter(malformed);

        JsonPath listing = list();
        assertEquals(PlatformKitTestApp.DEAD_LETTER_TOPIC, listing.getString("topic"));
        assertTrue(listing.getLong("pending") >= 2, listing.prettify());
        Map<String, Object> letter = single(lettersOf(listing, order));
        assertEquals(refused.id().toString(), letter.get("eventId"));
        assertEquals("OrderStatusChanged", letter.get("eventType"));
        assertEquals(true, letter.get("pending"));
        assertEquals("order " + order + " is cancelled: OrderStatusChanged refused of order " + order + " cannot pass",
                letter.get("reason"));
        // the refusal is the cause of the bus's decision to dead-letter it
        assertEquals(letter.get("reason"), letter.get("cause"));
        assertNull(letter.get("retriedFrom"));
        assertNull(letter.get("unreadableValue"));

        Map<String, Object> unreadable = single(lettersOf(listing, malformed));
        assertNull(unreadable.get("eventId"));
        assertEquals("<order>not a CloudEvent</order>", unreadable.get("unreadableValue"));
        assertTrue(String.valueOf(unreadable.get("reason")).contains("not a CloudEvent"), unreadable.toString());

        // newest first
        List<Instant> times = listing.<String> getList("deadLetters.deadLetteredAt").stream().map(Instant::parse).toList();
        assertEquals(times.stream().sorted(Comparator.reverseOrder()).toList(), times);

        given().queryParam("limit", 0).get("/dead-letters").then().statusCode(400);
    }

    @Test
    void aRetryHandsPendingLettersToTheirConsumerOnceAndPutsBackWhatFailsAgain() {
        String fixed = newOrder();
        String stillBroken = newOrder();
        consumer.refuseUntilFixed(fixed);
        consumer.refuseUntilFixed(stillBroken);
        EventEnvelope fixedEvent = bus.publish(statusChange(fixed, "refused"));
        EventEnvelope brokenEvent = bus.publish(statusChange(stillBroken, "refused"));
        bus.awaitDeadLetter(fixed);
        bus.awaitDeadLetter(stillBroken);
        Map<String, Object> original = single(lettersOf(list(), stillBroken));

        consumer.fix(fixed);
        JsonPath report = retry();
        assertEquals(PlatformKitTestApp.DEAD_LETTER_TOPIC, report.getString("topic"));
        assertTrue(report.getInt("retried") >= 2 && report.getInt("succeeded") >= 1, report.prettify());
        assertEquals(report.getInt("retried"),
                report.getInt("succeeded") + report.getList("failedAgain").size(), report.prettify());
        assertEquals(List.of(), failedAgainOf(report, fixed));
        Map<String, Object> failedAgain = single(failedAgainOf(report, stillBroken));
        assertEquals(brokenEvent.id().toString(), failedAgain.get("eventId"));
        assertEquals(PlatformKitTestApp.DEAD_LETTER_TOPIC + "/" + original.get("partition") + "/" + original.get("offset"),
                failedAgain.get("retriedFrom"));
        assertTrue(String.valueOf(failedAgain.get("reason")).contains("is cancelled"), failedAgain.toString());

        // the fixed one took effect, once
        assertEquals(1, database.effectsOn(fixedEvent.id()).size());
        assertEquals(List.of(Outcome.REFUSE, Outcome.SUCCEED), outcomes(consumer, fixedEvent.id()));
        assertEquals(false, single(lettersOf(list(), fixed)).get("pending"));
        // the one that failed again waits behind the retried position, with its new reason, for the next retry
        await().atMost(TIMEOUT).until(() -> lettersOf(list(), stillBroken).size() == 2);
        List<Map<String, Object>> letters = lettersOf(list(), stillBroken);
        assertEquals(List.of(true, false), letters.stream().map(letter -> letter.get("pending")).toList(), letters.toString());
        assertEquals(failedAgain.get("retriedFrom"), letters.get(0).get("retriedFrom"));

        consumer.fix(stillBroken);
        JsonPath second = retry();
        assertEquals(List.of(), failedAgainOf(second, stillBroken), second.prettify());
        assertEquals(1, database.effectsOn(brokenEvent.id()).size());

        // each dead letter is retried once: a further retry hands neither over again
        retry();
        assertEquals(List.of(Outcome.REFUSE, Outcome.SUCCEED), outcomes(consumer, fixedEvent.id()));
        assertEquals(List.of(Outcome.REFUSE, Outcome.REFUSE, Outcome.SUCCEED), outcomes(consumer, brokenEvent.id()));
        assertTrue(lettersOf(list(), fixed).stream().noneMatch(letter -> Boolean.TRUE.equals(letter.get("pending"))));
        assertTrue(lettersOf(list(), stillBroken).stream().noneMatch(letter -> Boolean.TRUE.equals(letter.get("pending"))));
    }

    @Test
    void aRetryRerunsOnlyTheConsumerThatFailedNotTheOneThatAlreadyTookEffect() {
        // which of the two consumers of OrderCompleted the dispatcher asks first is its business: find out, and
        // make the other one fail, so that the first has taken effect when the event is dead-lettered
        String probe = newOrder();
        EventEnvelope probed = bus.publish(new OrderCompleted(probe, Instant.now()));
        await().atMost(TIMEOUT).until(() -> database.effectsOn(probed.id()).size() == 2);
        boolean testConsumerFirst = consumer.attemptsOn(probed.id()).get(0).sequence()
                < secondConsumer.attemptsOn(probed.id()).get(0).sequence();
        RecordingConsumer tookEffect = testConsumerFirst ? consumer : secondConsumer;
        RecordingConsumer failing = testConsumerFirst ? secondConsumer : consumer;

        String order = newOrder();
        failing.refuseUntilFixed(order);
        EventEnvelope completed = bus.publish(new OrderCompleted(order, Instant.now()));
        assertTrue(bus.awaitDeadLetter(order).contains("is cancelled"));
        assertEquals(List.of(Outcome.SUCCEED), outcomes(tookEffect, completed.id()));
        assertEquals(List.of(tookEffect.reactionName(OrderCompleted.class)), database.processedBy(completed.id()));

        failing.fix(order);
        JsonPath report = retry();
        assertEquals(List.of(), failedAgainOf(report, order), report.prettify());
        assertEquals(List.of(Outcome.SUCCEED), outcomes(tookEffect, completed.id()), "not asked again");
        assertEquals(List.of(Outcome.REFUSE, Outcome.SUCCEED), outcomes(failing, completed.id()));
        assertEquals(2, database.effectsOn(completed.id()).size());
        assertEquals(List.of(consumer.reactionName(OrderCompleted.class),
                secondConsumer.reactionName(OrderCompleted.class)).stream().sorted().toList(),
                database.processedBy(completed.id()));
    }

    private static JsonPath list() {
        return given().queryParam("limit", 1000).get("/dead-letters")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static JsonPath retry() {
        return given().post("/dead-letters/retry")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    private static List<Map<String, Object>> lettersOf(JsonPath listing, String order) {
        return listing.<Map<String, Object>> getList("deadLetters").stream()
                .filter(letter -> order.equals(letter.get("orderId"))).toList();
    }

    private static List<Map<String, Object>> failedAgainOf(JsonPath report, String order) {
        return report.<Map<String, Object>> getList("failedAgain").stream()
                .filter(letter -> order.equals(letter.get("orderId"))).toList();
    }

    private static Map<String, Object> single(List<Map<String, Object>> letters) {
        assertEquals(1, letters.size(), letters.toString());
        return letters.get(0);
    }

    private static List<Outcome> outcomes(RecordingConsumer consumer, UUID eventId) {
        return consumer.attemptsOn(eventId).stream().map(Attempt::outcome).toList();
    }

    private static OrderStatusChanged statusChange(String order, String step) {
        return new OrderStatusChanged(order, OrderStatus.ALLOCATED, OrderStatus.INVOICED, step, Instant.now());
    }

    private static String newOrder() {
        return "order-" + UUID.randomUUID();
    }
}
