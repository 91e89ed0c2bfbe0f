package com.example.fulfillment.inventory.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.inventory.Products;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * platform-kit's dead-letter endpoints, as ops use them on inventory-service: read what could not be processed and
 * why, and retry it once the cause is gone. The records go through the real broker's dead-letter topic.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class DeadLetterRetryTest {

    private static TestEventBus bus;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void anEventParkedBeforeItsOrderArrivedHoldsTheOrderBackUntilOpsDiscardIt() {
        String lamp = Products.create(Products.freshSku("category"), 10);
        String orderId = UUID.randomUUID().toString();
        List<OrderLine> lines = List.of(new OrderLine(lamp, 2));

        // a handover for an order inventory never received: it can never pass, so it is parked
        EventEnvelope shipped = bus.publish(new Shipped(orderId, "DHL", "TRACK-" + orderId, Instant.now(),
                LocalDate.now().plusDays(2), List.of("label")));
        bus.awaitDeadLetter(orderId);
        Map<String, Object> listed = lettersOf(orderId).get(0);
        assertEquals(shipped.id().toString(), listed.get("eventId"));
        assertEquals("Shipped", listed.get("eventType"));
        assertEquals(true, listed.get("pending"));
        assertTrue(String.valueOf(listed.get("reason")).contains(orderId), listed.toString());

        // the order's next event waits behind it instead of overtaking it
        EventEnvelope received = bus.publish(new OrderReceived(orderId, null, null, ShippingMethod.STANDARD, lines,
                null, List.of(), null, Instant.now()));
        await().untilAsserted(() -> assertEquals(2, lettersOf(orderId).size()));
        Map<String, Object> waiting = lettersOf(orderId).get(0);
        assertEquals(received.id().toString(), waiting.get("eventId"));
        assertTrue(String.valueOf(waiting.get("reason")).contains("waiting behind parked event " + shipped.id()),
                waiting.toString());
        Products.get(lamp).body("onHand", equalTo(10)).body("reserved", equalTo(0));

        // ops decide the stray handover shall not count: the order goes on, in its order
        given().post("/dead-letters/{id}/discard", shipped.id()).then().statusCode(200);
        bus.await(StockVerified.class, orderId);
        bus.publish(new OrderVerificationApproved(orderId, lines,
                new Decision(UUID.randomUUID().toString(), "policy:automatic", "in stock", Instant.now())));
        bus.await(StockAllocated.class, orderId);
        Products.get(lamp).body("onHand", equalTo(10)).body("reserved", equalTo(2));
        await().untilAsserted(() -> assertTrue(lettersOf(orderId).stream()
                .noneMatch(letter -> Boolean.TRUE.equals(letter.get("pending"))), lettersOf(orderId).toString()));

        // a retry afterwards hands nothing of this order over again
        JsonPath again = retry();
        assertTrue(again.<String>getList("failedAgain.orderId").stream().noneMatch(orderId::equals), again.prettify());
        Products.get(lamp).body("onHand", equalTo(10)).body("reserved", equalTo(2));
    }

    @Test
    void aDeadLetterThatFailsAgainWaitsForTheNextRetryInsteadOfLooping() {
        String key = UUID.randomUUID().toString();
        bus.publishRaw(key, "{\"specversion\":\"1.0\", still not json");
        bus.awaitDeadLetter(key);

        JsonPath first = retry();
        List<Map<String, Object>> failed = first.<Map<String, Object>>getList("failedAgain").stream()
                .filter(letter -> key.equals(letter.get("orderId"))).toList();
        assertEquals(1, failed.size(), first.prettify());
        assertTrue(String.valueOf(failed.get(0).get("reason")).contains("not a CloudEvent"), failed.toString());
        assertNotNull(failed.get(0).get("unreadableValue"));
        assertNotNull(failed.get(0).get("retriedFrom"));

        // the original is done with; its copy, with the new reason, waits for the next retry
        await().untilAsserted(() -> assertEquals(2, lettersOf(key).size()));
        List<Map<String, Object>> letters = lettersOf(key);
        assertEquals(List.of(true, false), letters.stream().map(letter -> letter.get("pending")).toList());
        assertTrue(String.valueOf(letters.get(0).get("retriedFrom")).endsWith("/" + letters.get(1).get("offset")),
                letters.toString());

        JsonPath second = retry();
        assertEquals(1, second.<String>getList("failedAgain.orderId").stream().filter(key::equals).count(),
                second.prettify());
        assertEquals(3, lettersOf(key).size());
        assertEquals(1, lettersOf(key).stream().filter(letter -> Boolean.TRUE.equals(letter.get("pending"))).count());
    }

    @Test
    void theListingLimitIsChecked() {
        given().queryParam("limit", 0).get("/dead-letters").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", containsString("limit"));
    }

    private static JsonPath retry() {
        return given().post("/dead-letters/retry").then().statusCode(200).extract().jsonPath();
    }

    /** This key's dead letters, newest first. */
    private static List<Map<String, Object>> lettersOf(String key) {
        return given().queryParam("limit", 1000).get("/dead-letters").then().statusCode(200).extract().jsonPath()
                .getList("deadLetters.findAll { it.orderId == '" + key + "' }");
    }
}
