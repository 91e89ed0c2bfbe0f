package com.example.fulfillment.eventbus.parking;

import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.NOT_YET;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.REFUSE;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.SUCCEED;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.RecordingConsumer.Attempt;
import com.example.fulfillment.testapp.RecordingConsumer.Outcome;
import com.example.fulfillment.testapp.TestConsumer;
import com.example.fulfillment.testapp.TestDatabase;
import com.example.fulfillment.testapp.TopicReader;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Parked events keep their order's order, through the real broker and database: while an event of an order is parked,
 * the order's later events wait behind it; releasing it (a retry by id, a discard, the re-driver) releases them in
 * their order. Other orders go on meanwhile.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class ParkingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestEventBus bus;

    @Inject
    TestConsumer consumer;
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
    void theLaterEventsOfARefusedEventsOrderWaitBehindItAndFollowInOrderWhenItIsRetriedById() {
        String order = newOrder();
        consumer.refuseUntilFixed(order);
        EventEnvelope refused = bus.publish(statusChange(order, "first"));
        EventEnvelope second = bus.publish(statusChange(order, "second"));
        EventEnvelope third = bus.publish(statusChange(order, "third"));

        awaitParked(order, 3);
        List<TestDatabase.Parked> parked = database.parkedOfOrder(order);
        assertEquals(List.of(refused.id(), second.id(), third.id()), parked.stream().map(TestDatabase.Parked::eventId)
                .toList());
        assertTrue(parked.get(0).reason().contains("is cancelled"), parked.toString());
        assertFalse(parked.get(0).redrivable(), "a refusal that can never pass waits for ops");
        assertEquals("waiting behind parked event " + refused.id(), parked.get(1).reason());
        assertEquals("waiting behind parked event " + refused.id(), parked.get(2).reason());
        assertEquals(List.of(), consumer.attemptsOn(second.id()), "not handled without its predecessor");
        // every parked event has its copy on the dead-letter topic, with its reason
        await().atMost(TIMEOUT).until(() -> lettersOf(list(), order).size() == 3);
        Map<String, Object> waiting = letterOf(list(), second.id());
        assertEquals("waiting behind parked event " + refused.id(), waiting.get("reason"));
        assertEquals("WAITING", waiting.get("parkedState"));
        Map<String, Object> listed = parkedOf(list(), refused.id());
        assertEquals("PARKED", listed.get("state"));
        assertEquals(false, listed.get("redrivable"));

        consumer.fix(order);
        given().post("/dead-letters/{id}/retry", second.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("waits behind"));
        JsonPath outcome = retryById(refused.id()).statusCode(200).extract().jsonPath();
        assertEquals("RELEASED", outcome.getString("state"));
        assertEquals(List.of(second.id().toString(), third.id().toString()), outcome.getList("released"));
        assertNull(outcome.get("orderWaitsOn"));

        assertEquals(List.of("first", "second", "third"), steps(order));
        assertTrue(database.parkedOfOrder(order).stream().noneMatch(TestDatabase.Parked::open));
        assertTrue(lettersOf(list(), order).stream().noneMatch(letter -> Boolean.TRUE.equals(letter.get("pending"))));
        // once released, the order's next event is handled as usual
        EventEnvelope fourth = bus.publish(statusChange(order, "fourth"));
        awaitEffect(fourth.id());
        assertEquals(List.of("first", "second", "third", "fourth"), steps(order));
        retryById(refused.id()).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("released"));
    }

    @Test
    void discardingTheFirstInLineReleasesTheEventsBehindItAndItNeverTakesEffect() {
        String order = newOrder();
        consumer.script(order, REFUSE);
        EventEnvelope refused = bus.publish(statusChange(order, "refused"));
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));
        awaitParked(order, 2);

        JsonPath outcome = given().post("/dead-letters/{id}/discard", refused.id())
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        assertEquals("DISCARDED", outcome.getString("state"));
        assertEquals(List.of(behind.id().toString()), outcome.getList("released"));
        assertEquals(List.of("behind"), steps(order));
        assertEquals("grace", database.parkedOfOrder(order).get(0).discardedBy()); // from the token

        // delivered again, the discarded event still changes nothing
        bus.publish(refused);
        EventEnvelope after = bus.publish(statusChange(order, "after"));
        awaitEffect(after.id());
        assertEquals(List.of("behind", "after"), steps(order));
        assertEquals(List.of(REFUSE), outcomes(refused.id()));
        given().post("/dead-letters/{id}/discard", refused.id()).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("discarded by grace"));
    }

    @Test
    void eventsOfOtherOrdersInTheSamePartitionAreNotHeldBackByAParkedOrder() {
        String parkedOrder = newOrder();
        String otherOrder;
        try (TopicReader topic = new TopicReader(PlatformKitTestApp.TOPIC)) {
            do {
                otherOrder = newOrder();
            } while (topic.partitionOf(otherOrder) != topic.partitionOf(parkedOrder));
        }
        consumer.refuseUntilFixed(parkedOrder);
        bus.publish(statusChange(parkedOrder, "refused"));
        EventEnvelope held = bus.publish(statusChange(parkedOrder, "held"));
        EventEnvelope other = bus.publish(statusChange(otherOrder, "other"));

        awaitEffect(other.id());
        awaitParked(parkedOrder, 2);
        assertEquals(List.of(), database.effectsOn(held.id()));
        assertEquals(List.of(), database.parkedOfOrder(otherOrder));
        consumer.fix(parkedOrder);
    }

    @Test
    void aNotYetPossibleRefusalIsReDrivenWithBackoffUntilItPassesAndTheEventsBehindItFollow() {
        String order = newOrder();
        // in line MAX_ATTEMPTS times, then two automatic attempts that fail, and the third passes
        consumer.script(order, notYet(PlatformKitTestApp.MAX_ATTEMPTS + 2));
        EventEnvelope early = bus.publish(statusChange(order, "early"));
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));

        awaitEffect(behind.id());
        assertEquals(List.of("early", "behind"), steps(order));
        List<Outcome> expected = new ArrayList<>(notYetList(PlatformKitTestApp.MAX_ATTEMPTS + 2));
        expected.add(SUCCEED);
        assertEquals(expected, outcomes(early.id()));
        TestDatabase.Parked parked = database.parkedOfOrder(order).get(0);
        assertEquals(early.id(), parked.eventId());
        assertFalse(parked.open());
        assertEquals(2, parked.attempts(), "two automatic attempts failed before the third passed");
        assertTrue(parked.reason().contains("is not known yet"), parked.reason());
    }

    @Test
    void theReDriverGivesUpAfterItsAttemptsAndTheListingShowsWhatWaitsForOps() {
        String order = newOrder();
        consumer.script(order, notYet(PlatformKitTestApp.MAX_ATTEMPTS + PlatformKitTestApp.MAX_REDRIVES));
        EventEnvelope stuck = bus.publish(statusChange(order, "stuck"));

        await().atMost(TIMEOUT).until(() -> database.parkedOfOrder(order).stream()
                .anyMatch(parked -> parked.attempts() == PlatformKitTestApp.MAX_REDRIVES));
        TestDatabase.Parked parked = single(database.parkedOfOrder(order));
        assertTrue(parked.open());
        assertFalse(parked.redrivable(), "no more automatic attempts");
        Map<String, Object> listed = parkedOf(list(), stuck.id());
        assertEquals(PlatformKitTestApp.MAX_REDRIVES, listed.get("attempts"));
        assertNull(listed.get("nextAttemptAt"));
        assertTrue(String.valueOf(listed.get("reason")).contains("is not known yet"), listed.toString());
        Map<String, Object> letter = letterOf(list(), stuck.id());
        assertEquals(true, letter.get("pending"));
        assertEquals(PlatformKitTestApp.MAX_REDRIVES, letter.get("attempts"));

        // its script is used up: ops' retry passes
        JsonPath outcome = retryById(stuck.id()).statusCode(200).extract().jsonPath();
        assertEquals("RELEASED", outcome.getString("state"));
        assertEquals(PlatformKitTestApp.MAX_REDRIVES + 1, outcome.getInt("attempts"));
        assertEquals(1, database.effectsOn(stuck.id()).size());
    }

    @Test
    void aParkedEventThatFailsAgainOnRetryKeepsItsPlaceWithItsNewReason() {
        String order = newOrder();
        consumer.refuseUntilFixed(order);
        EventEnvelope refused = bus.publish(statusChange(order, "refused"));
        awaitParked(order, 1);

        JsonPath outcome = retryById(refused.id()).statusCode(200).extract().jsonPath();
        assertEquals("PARKED", outcome.getString("state"));
        assertTrue(outcome.getString("reason").contains("is cancelled"), outcome.prettify());
        assertEquals(1, outcome.getInt("attempts"));
        assertEquals(refused.id().toString(), outcome.getString("orderWaitsOn"));
        assertNotNull(parkedOf(list(), refused.id()).get("parkedAt"));
        consumer.fix(order);
        retryById(refused.id()).statusCode(200);
    }

    @Test
    void retryAndDiscardOfAnEventNeverParkedHereAreNotFound() {
        given().post("/dead-letters/{id}/retry", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("was parked here"));
        given().post("/dead-letters/{id}/discard", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().post("/dead-letters/{id}/retry", "not-an-id").then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse retryById(UUID eventId) {
        return given().post("/dead-letters/{id}/retry", eventId).then();
    }

    private static JsonPath list() {
        return given().queryParam("limit", 1000).get("/dead-letters").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    private static List<Map<String, Object>> lettersOf(JsonPath listing, String order) {
        return listing.<Map<String, Object>> getList("deadLetters").stream()
                .filter(letter -> order.equals(letter.get("orderId"))).toList();
    }

    private static Map<String, Object> letterOf(JsonPath listing, UUID eventId) {
        return single(listing.<Map<String, Object>> getList("deadLetters").stream()
                .filter(letter -> eventId.toString().equals(letter.get("eventId"))).toList());
    }

    private static Map<String, Object> parkedOf(JsonPath listing, UUID eventId) {
        return single(listing.<Map<String, Object>> getList("parked").stream()
                .filter(parked -> eventId.toString().equals(parked.get("eventId"))).toList());
    }

    private void awaitParked(String order, int count) {
        await().atMost(TIMEOUT).until(() -> database.parkedOfOrder(order).size() == count);
    }

    private void awaitEffect(UUID eventId) {
        await().atMost(TIMEOUT).until(() -> !database.effectsOn(eventId).isEmpty());
    }

    private List<String> steps(String order) {
        return database.effectsOfOrder(order).stream().map(TestDatabase.Effect::step).toList();
    }

    private List<Outcome> outcomes(UUID eventId) {
        return consumer.attemptsOn(eventId).stream().map(Attempt::outcome).toList();
    }

    private static Outcome[] notYet(int times) {
        return notYetList(times).toArray(Outcome[]::new);
    }

    private static List<Outcome> notYetList(int times) {
        return Collections.nCopies(times, NOT_YET);
    }

    private static <T> T single(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static OrderStatusChanged statusChange(String order, String step) {
        return new OrderStatusChanged(order, OrderStatus.ALLOCATED, OrderStatus.INVOICED, step, Instant.now());
    }

    private static String newOrder() {
        return "order-" + UUID.randomUUID();
    }
}
