package com.example.fulfillment.eventbus;

import static com.example.fulfillment.eventbus.OutboxRelayTest.newOrder;
import static com.example.fulfillment.eventbus.OutboxRelayTest.statusChange;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.testapp.PlatformKitTestApp;
import com.example.fulfillment.testapp.TopicReader;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A row the broker refuses for good, against the real database and broker: one over the producer's max.request.size
 * (1 MB by default), which the producer refuses before it reaches the broker. It is set aside and reported once;
 * the rows of other orders behind it are published, the later rows of its own order wait, and the health check
 * shows it and the age of the oldest row still waiting.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class OutboxRelaySetAsideTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Over the producer's default max.request.size of 1,048,576 bytes. */
    private static final int TOO_LARGE = 1_200_000;

    @Inject
    EventPublisher publisher;
    @Inject
    DataSource dataSource;
    @Inject
    @Any
    OutboxHealth health;

    @Test
    void aRowTooLargeForTheBrokerIsSetAsideWhileOtherOrdersGoOnAndItsOrdersLaterRowsWait() {
        String refused = newOrder();
        String other = newOrder();
        String another = newOrder();
        OutboxState outbox = new OutboxState(dataSource);
        try (TopicReader topic = new TopicReader(PlatformKitTestApp.TOPIC); RelayLog log = new RelayLog()) {
            Map<TopicPartition, Long> before = topic.endOffsets();

            QuarkusTransaction.requiringNew().run(() -> {
                publisher.publish(statusChange(refused, "x".repeat(TOO_LARGE)));
                publisher.publish(statusChange(other, "other-1"));
                publisher.publish(statusChange(refused, "after-the-large-one"));
                publisher.publish(statusChange(another, "another-1"));
            });
            await().atMost(TIMEOUT).until(() -> outbox.allPublished(other, another));
            // a later commit: the relay goes on pass after pass, and the refused order's new row waits too
            QuarkusTransaction.requiringNew().run(() -> {
                publisher.publish(statusChange(refused, "a-later-commit"));
                publisher.publish(statusChange(other, "other-2"));
            });
            await().atMost(TIMEOUT).until(() -> outbox.allPublished(other));

            List<OutboxState.Row> ofRefused = outbox.ofOrder(refused);
            assertEquals(3, ofRefused.size());
            OutboxState.Row setAside = ofRefused.get(0);
            assertNotNull(setAside.failedAt(), "the large row is set aside: " + ofRefused);
            assertTrue(setAside.failure().contains("RecordTooLargeException"), setAside.failure());
            assertTrue(ofRefused.get(1).waiting() && ofRefused.get(2).waiting(),
                    "the order's later rows wait behind it, neither sent nor set aside: " + ofRefused);

            List<ConsumerRecord<String, String>> records = topic.read(before, topic.endOffsets(), TIMEOUT);
            assertEquals(0, records.stream().filter(record -> record.key().equals(refused)).count(),
                    "nothing of the refused order overtook its refused row");
            assertEquals(2, records.stream().filter(record -> record.key().equals(other)).count());
            assertEquals(1, records.stream().filter(record -> record.key().equals(another)).count());

            List<String> errors = log.at(Level.SEVERE, "(outbox seq " + setAside.seq() + ")");
            assertEquals(1, errors.size(), "reported once, however many passes came after: " + errors);
            assertTrue(errors.get(0).contains("the 1 later event(s) of order " + refused + " wait behind it"),
                    errors.get(0));

            OffsetDateTime beforeTheCheck = OffsetDateTime.now();
            HealthCheckResponse response = health.call();
            Map<String, Object> details = response.getData().orElseThrow();
            assertEquals(HealthCheckResponse.Status.UP, response.getStatus(), "a backlog never makes it unready");
            String reported = String.valueOf(details.get("set-aside-" + setAside.seq()));
            assertTrue(reported.contains("of order " + refused) && reported.contains("2 later event(s)")
                    && reported.contains("RecordTooLargeException"), details.toString());
            assertTrue(((Number) details.get("set-aside")).longValue() >= 1, details.toString());
            assertTrue(((Number) details.get("held-behind-set-aside")).longValue() >= 2, details.toString());
            // the held rows still wait, so the oldest waiting row is no younger than the first of them
            OffsetDateTime oldest = OffsetDateTime.parse(String.valueOf(details.get("oldest-unpublished-at")));
            assertTrue(!oldest.isAfter(ofRefused.get(1).createdAt()), details + " vs " + ofRefused.get(1));
            long ageSeconds = ((Number) details.get("oldest-unpublished-age-seconds")).longValue();
            assertTrue(ageSeconds >= Duration.between(ofRefused.get(1).createdAt(), beforeTheCheck).toSeconds(),
                    details.toString());
        }
    }

    @Test
    void opsPutASetAsideRowBackInLineOnceItsCauseIsFixedAndTheRowsBehindItFollowInOrder() throws Exception {
        String refused = newOrder();
        OutboxState outbox = new OutboxState(dataSource);
        try (TopicReader topic = new TopicReader(PlatformKitTestApp.TOPIC)) {
            Map<TopicPartition, Long> before = topic.endOffsets();
            QuarkusTransaction.requiringNew().run(() -> {
                publisher.publish(statusChange(refused, "x".repeat(TOO_LARGE)));
                publisher.publish(statusChange(refused, "behind-the-large-one"));
            });
            OutboxState.Row setAside = await().atMost(TIMEOUT)
                    .until(() -> outbox.ofOrder(refused).get(0), row -> row.failedAt() != null);

            given().get("/outbox/set-aside").then().statusCode(200)
                    .body("first.find { it.seq == " + setAside.seq() + " }.orderId", equalTo(refused))
                    .body("first.find { it.seq == " + setAside.seq() + " }.held", equalTo(1))
                    .body("first.find { it.seq == " + setAside.seq() + " }.failure",
                            containsString("RecordTooLargeException"));

            // the cause fixed (here: the event made small enough), ops put it back in line
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement shrink = connection.prepareStatement(
                            "update outbox_message set envelope = replace(envelope, repeat('x', ?), 'fixed') "
                                    + "where seq = ?")) {
                shrink.setInt(1, TOO_LARGE);
                shrink.setLong(2, setAside.seq());
                assertEquals(1, shrink.executeUpdate());
            }
            given().post("/outbox/set-aside/" + setAside.seq() + "/retry").then().statusCode(200)
                    .body("seq", equalTo((int) setAside.seq()))
                    .body("laterEventsFollowing", equalTo(1));

            await().atMost(TIMEOUT).until(() -> outbox.allPublished(refused));
            List<String> steps = topic.read(before, topic.endOffsets(), TIMEOUT).stream()
                    .filter(record -> record.key().equals(refused))
                    .map(record -> record.value().contains("behind-the-large-one") ? "behind" : "fixed")
                    .toList();
            assertEquals(List.of("fixed", "behind"), steps, "in their order, once each");

            given().post("/outbox/set-aside/" + setAside.seq() + "/retry").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("no event with outbox seq " + setAside.seq()));
        }
    }
}
