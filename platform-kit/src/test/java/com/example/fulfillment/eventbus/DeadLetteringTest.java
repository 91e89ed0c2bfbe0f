package com.example.fulfillment.eventbus;

import static com.example.fulfillment.eventbus.OutboxRelayTest.newOrder;
import static com.example.fulfillment.eventbus.OutboxRelayTest.statusChange;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.FAIL_UNCLASSIFIED;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.NOT_YET;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.REFUSE;
import static com.example.fulfillment.testapp.RecordingConsumer.Outcome.SUCCEED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.RecordingConsumer.Attempt;
import com.example.fulfillment.testapp.RecordingConsumer.Outcome;
import com.example.fulfillment.testapp.TestConsumer;
import com.example.fulfillment.testapp.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What the consumer side decides about a record that fails, through the real broker: what can never pass is parked at
 * once with its reason (its copy on the dead-letter topic), what may pass later is retried, and the records behind it
 * go on, except the later events of a parked event's order, which wait behind it (more in parking/ParkingTest).
 * <p>
 * {@link TestEventBus#awaitDeadLetter} returns the first dead letter of a key; dead letters are written in the order
 * of their records, so a later event dead-lettered on purpose shows that an earlier one of the same order was not.
 */
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class DeadLetteringTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestEventBus bus;

    @Inject
    TestConsumer consumer;
    @Inject
    TestDatabase database;
    @Inject
    ObjectMapper mapper;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void aRecordWhoseTypeHeaderNamesATypeNoReactionHereWantsIsPassedOverUnread() {
        String order = newOrder();
        // the test app reacts to OrderStatusChanged and OrderCompleted, not to Shipped: the body is never parsed
        bus.publishRaw(order, "passed over: never read", Map.of(EventEnvelope.TYPE_HEADER, "Shipped"));
        // a wanted type, and a record without the header, are read: their broken bodies are dead-lettered
        bus.publishRaw(order, "read: a wanted type", Map.of(EventEnvelope.TYPE_HEADER, "OrderStatusChanged"));
        bus.publishRaw(order, "read: no type header");
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));

        awaitEffect(behind.id());
        assertEquals(List.of("read: a wanted type", "read: no type header"),
                bus.deadLetters(order, Duration.ofSeconds(2)));
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheRecordsBehindItGoOn() {
        String order = newOrder();
        bus.publishRaw(order, "{\"specversion\":\"1.0\", not json at all");
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));

        assertTrue(bus.awaitDeadLetter(order).contains("not a CloudEvent"));
        awaitEffect(behind.id());
        assertEquals(List.of("behind"), steps(order));
    }

    @Test
    void aRecordOfJsonNullIsDeadLetteredAsNotACloudEvent() {
        String order = newOrder();
        bus.publishRaw(order, "null");

        String reason = bus.awaitDeadLetter(order);
        assertTrue(reason.contains("not a CloudEvent"), reason);
    }

    @Test
    void anUnknownTypeAndDataThatBreakItsContractAreDeadLettered() {
        String unknown = newOrder();
        bus.publish(envelope(unknown, "ParcelTeleported", mapper.createObjectNode().put("orderId", unknown)));
        assertEquals("unknown event type ParcelTeleported", bus.awaitDeadLetter(unknown));

        String broken = newOrder();
        bus.publish(envelope(broken, "OrderCompleted",
                mapper.createObjectNode().put("orderId", broken).put("completedAt", "yesterday, roughly")));
        assertTrue(bus.awaitDeadLetter(broken).startsWith("data of OrderCompleted does not match its contract"));
        assertTrue(consumer.attempts(broken).isEmpty());
    }

    @Test
    void anEventOfAKnownTypeThatNoConsumerWantsIsSkippedNotDeadLettered() {
        String order = newOrder();
        bus.publish(new Shipped(order, "DHL", "TRACK-1", Instant.now(), null, List.of()));
        consumer.script(order, REFUSE);
        bus.publish(statusChange(order, "refused"));

        assertTrue(bus.awaitDeadLetter(order).contains("refused of order " + order), "the first dead letter");
    }

    @Test
    void aDomainRefusalIsDeadLetteredAtOnceWithItsReasonAndTheLaterEventsOfItsOrderWaitBehindIt() {
        String order = newOrder();
        consumer.script(order, REFUSE);
        EventEnvelope refused = bus.publish(statusChange(order, "refused"));
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));

        assertEquals("order " + order + " is cancelled: OrderStatusChanged refused of order " + order + " cannot pass",
                bus.awaitDeadLetter(order));
        assertEquals("waiting behind parked event " + refused.id(), awaitParkedBehind(order, behind.id()).reason());
        assertEquals(List.of(), outcomes(behind.id()), "not handled without its predecessor");
        assertEquals(List.of(REFUSE), outcomes(refused.id()), "not retried");
        assertEquals(List.of(), database.effectsOn(refused.id()), "its effect was rolled back");
        assertEquals(List.of(), database.processedBy(refused.id()), "and so was its idempotency record");
    }

    @Test
    void anUnclassifiedFailureIsRetriedAndThenSucceeds() {
        String order = newOrder();
        consumer.script(order, FAIL_UNCLASSIFIED, FAIL_UNCLASSIFIED, SUCCEED, REFUSE);
        EventEnvelope flaky = bus.publish(statusChange(order, "flaky"));
        EventEnvelope witness = bus.publish(statusChange(order, "witness"));

        // the first dead letter of the order is the witness: the flaky event was not dead-lettered
        assertTrue(bus.awaitDeadLetter(order).contains("witness of order " + order));
        assertEquals(List.of(FAIL_UNCLASSIFIED, FAIL_UNCLASSIFIED, SUCCEED), outcomes(flaky.id()));
        assertEquals(1, database.effectsOn(flaky.id()).size(), "the failed attempts left no effect");
        assertEquals(1, database.processedBy(flaky.id()).size());
        assertEquals(List.of(REFUSE), outcomes(witness.id()));
    }

    @Test
    void anUnclassifiedFailureThatOutlastsItsAttemptsIsParkedForOpsWithTheOrdersLaterEventsBehindIt() {
        String order = newOrder();
        Outcome[] failures = new Outcome[PlatformKitTestApp.MAX_ATTEMPTS];
        java.util.Arrays.fill(failures, FAIL_UNCLASSIFIED);
        consumer.script(order, failures);
        EventEnvelope failing = bus.publish(statusChange(order, "failing"));
        EventEnvelope behind = bus.publish(statusChange(order, "behind"));

        assertEquals("unclassified failure while handling OrderStatusChanged failing of order " + order,
                bus.awaitDeadLetter(order));
        awaitParkedBehind(order, behind.id());
        TestDatabase.Parked parked = database.parkedOfOrder(order).get(0);
        assertEquals(failing.id(), parked.eventId());
        assertFalse(parked.redrivable(), "nothing says it can pass by itself: it waits for ops");
        assertEquals(List.of(failures), outcomes(failing.id()));
        assertEquals(List.of(), database.effectsOn(failing.id()));
        assertEquals(List.of(), database.processedBy(failing.id()));
    }

    @Test
    void aRefusalNamedNotYetPossibleIsRetriedThenParkedAndReDrivenWithoutAnyoneAsking() {
        String order = newOrder();
        Outcome[] stillNot = new Outcome[PlatformKitTestApp.MAX_ATTEMPTS];
        java.util.Arrays.fill(stillNot, NOT_YET);
        consumer.script(order, NOT_YET, NOT_YET, SUCCEED);
        consumer.script(order, stillNot);
        EventEnvelope late = bus.publish(statusChange(order, "late"));
        EventEnvelope tooLate = bus.publish(statusChange(order, "too-late"));

        assertEquals("order " + order + " is not known yet: OrderStatusChanged too-late of order " + order,
                bus.awaitDeadLetter(order));
        assertEquals(List.of(NOT_YET, NOT_YET, SUCCEED), outcomes(late.id()));
        assertEquals(1, database.effectsOn(late.id()).size());
        // the re-driver tries it again; its script is used up, so that attempt passes
        awaitEffect(tooLate.id());
        List<Outcome> expected = new java.util.ArrayList<>(List.of(stillNot));
        expected.add(SUCCEED);
        assertEquals(expected, outcomes(tooLate.id()));
        assertEquals(1, database.effectsOn(tooLate.id()).size());
        // released in the re-driver's own transaction, right after the effect's
        TestDatabase.Parked parked = await().atMost(TIMEOUT)
                .until(() -> single(database.parkedOfOrder(order)), row -> !row.open());
        assertTrue(parked.redrivable(), parked.toString());
    }

    private static EventEnvelope envelope(String order, String type, com.fasterxml.jackson.databind.JsonNode data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/test", type, order,
                OffsetDateTime.now(), "application/json", data);
    }

    private List<Outcome> outcomes(UUID eventId) {
        return consumer.attemptsOn(eventId).stream().map(Attempt::outcome).toList();
    }

    private TestDatabase.Parked awaitParkedBehind(String order, UUID eventId) {
        await().atMost(TIMEOUT).until(() -> database.parkedOfOrder(order).stream()
                .anyMatch(parked -> parked.eventId().equals(eventId)));
        return database.parkedOfOrder(order).stream().filter(parked -> parked.eventId().equals(eventId)).findFirst()
                .orElseThrow();
    }

    private static <T> T single(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private void awaitEffect(UUID eventId) {
        await().atMost(TIMEOUT).until(() -> !database.effectsOn(eventId).isEmpty());
    }

    private List<String> steps(String order) {
        return database.effectsOfOrder(order).stream().map(TestDatabase.Effect::step).toList();
    }
}
