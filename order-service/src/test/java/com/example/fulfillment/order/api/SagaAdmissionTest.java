package com.example.fulfillment.order.api;

import static com.example.fulfillment.order.OrderTestData.orderBody;
import static com.example.fulfillment.order.OrderTestData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The saga works on two orders at once here. Nothing else runs, so announced orders stay RECEIVED, in flight: the
 * third and fourth are taken (201) but wait unannounced, and are let in one by one, first come first, as orders in
 * flight leave. A waiting order that is cancelled is announced first, so that the others hear of it before its end.
 */
@TestSecurity(user = "shop", roles = {"shop", "ops"})
@QuarkusTest
@TestProfile(SagaAdmissionTest.RoomForTwo.class)
class SagaAdmissionTest {

    private static final Duration SETTLE = Duration.ofSeconds(1);
    private static TestEventBus bus;

    public static class RoomForTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("orders.intake.in-flight", "2", "orders.intake.admit-every", "100ms");
        }
    }

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void ordersBeyondTheRoomWaitAndAreLetInInTheOrderTheyCame() {
        String first = place();
        String second = place();
        bus.await(OrderReceived.class, first);
        bus.await(OrderReceived.class, second);
        String third = place();
        String fourth = place();
        assertEquals(0, bus.count(OrderReceived.class, third, SETTLE), "no room for the third yet");
        assertEquals(0, bus.count(OrderReceived.class, fourth, SETTLE));
        given().get("/orders/{id}", third).then().statusCode(200).body("status", equalTo("RECEIVED"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("fulfillment_intake_waiting 2.0"));

        cancel(first);
        bus.await(OrderReceived.class, third);
        assertEquals(0, bus.count(OrderReceived.class, fourth, SETTLE), "one left, one let in: the first to come");

        cancel(fourth);
        bus.await(OrderCancelled.class, fourth);
        List<String> types = bus.eventsOf(fourth).stream().map(EventEnvelope::type).toList();
        assertEquals(List.of("OrderReceived", "OrderCancelled"), types.stream()
                .filter(type -> type.equals("OrderReceived") || type.equals("OrderCancelled")).toList(),
                "a waiting order cancelled is announced before its cancellation: " + types);
        given().get("/q/metrics").then().body(containsString("fulfillment_intake_waiting 0.0"));
    }

    private static String place() {
        return given().contentType(ContentType.JSON).body(orderBody(uniqueEmail(), "STANDARD", 1)).post("/orders")
                .then().statusCode(201).extract().path("id");
    }

    private static void cancel(String orderId) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "changed my mind"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(200);
    }
}
