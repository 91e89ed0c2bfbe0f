package com.example.fulfillment.order.api;

import static com.example.fulfillment.order.OrderTestData.orderBody;
import static com.example.fulfillment.order.OrderTestData.place;
import static com.example.fulfillment.order.OrderTestData.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.order.AdjustableClock;
import com.example.fulfillment.order.persistence.OrderRepository;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class OrderResourceTest {

    private static TestEventBus bus;

    @Inject
    AdjustableClock clock;

    @Inject
    OrderRepository orderRepository;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void placingAnOrderStoresItAndAnnouncesIt() {
        Map<String, Object> body = orderBody(uniqueEmail(), "EXPRESS", 3);

        String id = given().contentType(ContentType.JSON).body(body).post("/orders")
                .then().statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("options.giftMessage", equalTo("Alles Gute 🎉 — für dich"))
                .body("notificationChannels", contains("EMAIL", "PORTAL"))
                .body("invoice", nullValue())
                .body("timeline.step", contains("order received"))
                .extract().path("id");

        OrderReceived received = bus.await(OrderReceived.class, id);
        assertEquals("Alles Gute 🎉 — für dich", received.options().giftMessage());
        assertEquals(List.of(NotificationChannel.EMAIL, NotificationChannel.PORTAL), received.notificationChannels());
        given().get("/orders/{id}", id).then().statusCode(200).body("id", equalTo(id))
                .body("lines[0].quantity", equalTo(3)).body("shippingMethod", equalTo("EXPRESS"));
    }

    @Test
    void theLocationHeaderPointsAtTheNewOrder() {
        var response = given().contentType(ContentType.JSON).body(orderBody(uniqueEmail(), "STANDARD", 1))
                .post("/orders").then().statusCode(201).extract();
        String id = response.path("id");
        assertEquals(true, response.header("Location").endsWith("/orders/" + id));
    }

    @Test
    void validationErrorsNameTheirFields() {
        Map<String, Object> missingEmail = orderBody(uniqueEmail(), "STANDARD", 1);
        missingEmail.put("customer", Map.of("name", "Ann", "phone", "+49 30 1"));
        problem(missingEmail).body("violations.field", hasItem("customer.email"));

        problem(orderBody(uniqueEmail(), "STANDARD", 0)).body("violations.field", contains("lines[0].quantity"));

        Map<String, Object> duplicateSku = orderBody(uniqueEmail(), "STANDARD", 1);
        duplicateSku.put("lines", List.of(Map.of("sku", "MUG-RED", "quantity", 1),
                Map.of("sku", "MUG-RED", "quantity", 2)));
        problem(duplicateSku).body("violations.field", contains("lines[1].sku"));

        problem(orderBody(uniqueEmail(), "TELEPORT", 1)).body("violations.field", contains("shippingMethod"));

        Map<String, Object> smsWithoutPhone = orderBody(uniqueEmail(), "STANDARD", 1);
        smsWithoutPhone.put("customer", Map.of("name", "Ann", "email", uniqueEmail()));
        smsWithoutPhone.put("notificationChannels", List.of("SMS"));
        problem(smsWithoutPhone).body("violations.field", contains("customer.phone"));
    }

    @Test
    void theSameIdempotencyKeyWithTheSameBodyAnswersTheFirstOrder() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = orderBody(uniqueEmail(), "STANDARD", 1);

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/orders").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/orders").then().statusCode(200).body("id", equalTo(first))
                .header("Location", endsWith("/orders/" + first));

        given().queryParam("customer", ((Map<?, ?>) body.get("customer")).get("email")).get("/orders")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(orderBody(uniqueEmail(), "STANDARD", 1)).post("/orders").then().statusCode(201);

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(orderBody(uniqueEmail(), "STANDARD", 2)).post("/orders")
                .then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
    }

    @Test
    void anUnknownOrderIsAProblem() {
        given().get("/orders/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not Found"));
    }

    @Test
    void ordersAreListedNewestFirstPerCustomer() {
        String email = uniqueEmail();
        String older = place(orderBody(email, "STANDARD", 1));
        String newer = place(orderBody(email, "EXPRESS", 1));

        given().queryParam("customer", email).get("/orders").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(newer, older));
        given().queryParam("customer", email).queryParam("status", "CANCELLED").get("/orders").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aCustomerCancelsBeforeShipment() {
        String id = place(orderBody(uniqueEmail(), "STANDARD", 1));

        given().contentType(ContentType.JSON).body(Map.of("reason", "ordered twice"))
                .post("/orders/{id}/cancel", id).then().statusCode(200).body("status", equalTo("CANCELLED"));

        OrderCancelled cancelled = bus.await(OrderCancelled.class, id);
        assertEquals(OrderStatus.RECEIVED, cancelled.cancelledAt());
        assertEquals("grace", cancelled.cancelledBy());
        assertEquals("ordered twice", cancelled.reason());
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/orders/{id}/cancel", id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void deliveryCannotBeConfirmedBeforeShipment() {
        String id = place(orderBody(uniqueEmail(), "STANDARD", 1));

        given().contentType(ContentType.JSON).body(Map.of("condition", "GOOD"))
                .post("/orders/{id}/delivery-confirmation", id).then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/orders/{id}/documents", id).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void sameDayIsRefusedOutsideTheServiceArea() {
        Map<String, Object> munich = orderBody(uniqueEmail(), "SAME_DAY", 1);
        munich.put("shippingAddress", Map.of("recipient", "Ann Example", "street", "Marienplatz 1", "city", "München",
                "postalCode", "80331", "country", "DE"));

        problem(munich).body("violations.field", contains("shippingMethod"))
                .body("violations[0].message", containsString("DE:10"));
        given().contentType(ContentType.JSON).body(orderBody(uniqueEmail(), "SAME_DAY", 1)).post("/orders")
                .then().statusCode(201).body("shippingMethod", equalTo("SAME_DAY"));
    }

    @Test
    void sameDayIsRefusedAfterTheCutOff() {
        clock.fixAt(LocalDate.now(AdjustableClock.BERLIN).atTime(14, 0).atZone(AdjustableClock.BERLIN).toInstant());
        try {
            problem(orderBody(uniqueEmail(), "SAME_DAY", 1)).body("violations.field", contains("shippingMethod"))
                    .body("violations[0].message", containsString("until 14:00"));
            given().contentType(ContentType.JSON).body(orderBody(uniqueEmail(), "EXPRESS", 1)).post("/orders")
                    .then().statusCode(201);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUnknownFilterValueNamesItsParameter() {
        given().queryParam("status", "LOST").get("/orders").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("status"));
        given().queryParam("gate", "FRONT_DOOR").get("/approvals").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("gate"));
        given().queryParam("status", "MAYBE").get("/approvals").then().statusCode(400)
                .body("violations.field", contains("status"));
        given().queryParam("status", "PENDING").queryParam("gate", "SHIPMENT_DETAILS").get("/approvals").then()
                .statusCode(200);
    }

    @Test
    void requestsRacingWithTheSameNewIdempotencyKeyAllAnswerOneOrder() throws Exception {
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int round = 0; round < 3; round++) {
                String key = UUID.randomUUID().toString();
                String email = uniqueEmail();
                Map<String, Object> body = orderBody(email, "STANDARD", 1);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                                .post("/orders").then().extract();
                    }));
                }
                start.countDown();
                Set<String> ids = new HashSet<>();
                List<Integer> statuses = new ArrayList<>();
                for (Future<ExtractableResponse<Response>> answer : answers) {
                    ExtractableResponse<Response> response = answer.get(60, TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    ids.add(response.path("id"));
                }
                assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
                assertEquals(racers - 1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
                assertEquals(1, ids.size(), ids.toString());
                given().queryParam("customer", email).get("/orders").then().body("total", equalTo(1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestArrivingWhileAnEventChangesTheOrderWaitsForItAndSucceeds() throws Exception {
        String id = place(orderBody(uniqueEmail(), "STANDARD", 1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch eventHoldsTheOrder = new CountDownLatch(1);
        CountDownLatch eventMayCommit = new CountDownLatch(1);
        try {
            // an event handler's transaction has changed the order and not committed yet ...
            Future<?> event = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                orderRepository.findByIdForChange(id).orElseThrow()
                        .record(Instant.now(), "customer notified", "CustomerNotified from /test", "racing", null);
                orderRepository.flush();
                eventHoldsTheOrder.countDown();
                awaitLatch(eventMayCommit);
            }));
            assertTrue(eventHoldsTheOrder.await(30, TimeUnit.SECONDS));
            // ... when the customer's cancellation arrives
            Future<ExtractableResponse<Response>> cancellation = pool.submit(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("reason", "changed my mind")).post("/orders/{id}/cancel", id).then().extract());
            awaitSomeoneWaitingForALock();
            eventMayCommit.countDown();
            event.get(30, TimeUnit.SECONDS);

            ExtractableResponse<Response> answer = cancellation.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode(), answer.asString());
            given().get("/orders/{id}", id).then().body("status", equalTo("CANCELLED"))
                    // a cancellation ends the order, so its dossier is filed with it
                    .body("timeline.step", contains("order received", "customer notified", "order cancelled",
                            "order documents filed"));
        } finally {
            eventMayCommit.countDown();
            pool.shutdownNow();
        }
    }

    /** Until PostgreSQL reports a session of this test's database blocked on a lock: the request is queued. */
    private void awaitSomeoneWaitingForALock() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    ResultSet waiting = connection.createStatement().executeQuery("select count(*) from pg_stat_activity"
                            + " where datname = current_database() and wait_event_type = 'Lock'")) {
                waiting.next();
                return waiting.getInt(1) > 0;
            }
        });
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static io.restassured.response.ValidatableResponse problem(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/orders").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
