package com.example.fulfillment.order.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.example.fulfillment.order.OrderTestData;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The shop places an order while order-service's database is down: it is told to come back (503, Retry-After), not
 * that the service broke (500), and its retry with the same Idempotency-Key places the order once.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class IntakeDuringDatabaseOutageTest {

    /**
     * Longer than the datasource's acquisition timeout with room to spare: a request that hangs on the missing
     * database fails here instead of holding the test.
     */
    private static final int ANSWER_WITHIN_MILLIS = 20_000;

    @Inject
    EntityManager entityManager;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anOrderRefusedDuringTheOutageIsPlacedOnceByItsRetry() {
        String key = "outage-" + UUID.randomUUID();
        Map<String, Object> order = OrderTestData.orderBody(OrderTestData.uniqueEmail(), "STANDARD", 1);

        OwnPostgres.stopServer();
        try {
            // the first may meet a pooled connection the shutdown cut, the second a refused connect: both wait
            for (int attempt = 0; attempt < 2; attempt++) {
                place(order, key).statusCode(503)
                        .contentType(ContentType.fromContentType("application/problem+json"))
                        .header("Retry-After", "5")
                        .body("status", equalTo(503))
                        .body("title", equalTo("Service Unavailable"))
                        .body("detail", containsString("Idempotency-Key"));
            }
        } finally {
            OwnPostgres.startServer();
        }

        assertEquals(0L, ordersStored(), "a refused request leaves no order behind");
        String id = place(order, key).statusCode(201).extract().path("id");
        place(order, key).statusCode(200).body("id", equalTo(id));
        assertEquals(1L, ordersStored());
        assertEquals(List.of(id), ordersAnnounced());
    }

    private static ValidatableResponse place(Map<String, Object> order, String key) {
        RestAssuredConfig bounded = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", ANSWER_WITHIN_MILLIS)
                .setParam("http.socket.timeout", ANSWER_WITHIN_MILLIS));
        return given().config(bounded).contentType(ContentType.JSON).header("Idempotency-Key", key).body(order)
                .post("/orders").then();
    }

    /** This database is the test's own: every order in it was placed by this test. */
    private long ordersStored() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from orders").getSingleResult()).longValue());
    }

    /** The orders whose OrderReceived waits in (or left) the outbox: each order is announced once. */
    @SuppressWarnings("unchecked")
    private List<String> ordersAnnounced() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select order_id from outbox_message where event_type like '%OrderReceived%' order by seq")
                .getResultList());
    }
}
