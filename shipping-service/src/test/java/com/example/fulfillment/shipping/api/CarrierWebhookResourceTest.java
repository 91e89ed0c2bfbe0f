package com.example.fulfillment.shipping.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.shipping.messaging.ShippingEvents;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class CarrierWebhookResourceTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private static TestEventBus bus;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    private static Map<String, Object> update(String trackingNumber, TrackingStatus status, Instant occurredAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("trackingNumber", trackingNumber);
        body.put("status", status.name());
        body.put("description", "Parcel " + status.name().toLowerCase().replace('_', ' '));
        body.put("location", "Köln");
        body.put("occurredAt", occurredAt.toString());
        return body;
    }

    private static ValidatableResponse post(String carrier, Object body) {
        return Webhooks.plain(carrier, body);
    }

    @Test
    void anUpdateMovesTheShipmentAndIsPublished() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);
        Map<String, Object> inTransit = update(shipped.trackingNumber(), TrackingStatus.IN_TRANSIT, T0);
        inTransit.put("eventId", "evt-" + orderId);

        String updateId = post("dhl", inTransit).statusCode(202)
                .body("updates[0].outcome", equalTo("APPLIED"))
                .extract().path("updates[0].trackingUpdateId");

        TrackingUpdated published = bus.await(TrackingUpdated.class, orderId);
        assertEquals(updateId, published.trackingUpdateId());
        assertEquals(TrackingStatus.IN_TRANSIT, published.status());
        assertEquals(DeliveryState.ON_TIME, published.deliveryState());
        assertEquals("dhl", published.carrier());
        assertEquals("Köln", published.location());
        assertEquals(shipped.expectedDeliveryDate(), published.expectedDeliveryDate());
    }

    @Test
    void deliveredIsConfirmedByTheCarrier() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.EXPRESS);

        post("ups", update(shipped.trackingNumber(), TrackingStatus.DELIVERED, T0)).statusCode(202)
                .body("updates[0].outcome", equalTo("APPLIED"));

        DeliveryConfirmed confirmed = bus.await(DeliveryConfirmed.class, orderId);
        assertEquals(ConfirmedBy.CARRIER, confirmed.confirmedBy());
        assertEquals("delivered by carrier", confirmed.condition());
        assertEquals(T0, confirmed.confirmedAt());
        given().get("/shipments/{orderId}", orderId).then().body("status", equalTo("DELIVERED"));
    }

    @Test
    void duplicatesAndLateUpdatesAreAcknowledgedButChangeNothing() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        Map<String, Object> outForDelivery = update(tn, TrackingStatus.OUT_FOR_DELIVERY, T0.plusSeconds(3600));
        outForDelivery.put("eventId", "ofd-" + orderId);

        post("dhl", outForDelivery).statusCode(202).body("updates[0].outcome", equalTo("APPLIED"));
        // the carrier re-sends the same event
        post("dhl", outForDelivery).statusCode(202).body("updates[0].outcome", equalTo("DUPLICATE"));
        // the same fact without an event id
        post("dhl", update(tn, TrackingStatus.OUT_FOR_DELIVERY, T0.plusSeconds(3600))).statusCode(202)
                .body("updates[0].outcome", equalTo("DUPLICATE"));
        // an earlier step arriving late, and a lower status reported later
        post("dhl", update(tn, TrackingStatus.IN_TRANSIT, T0)).statusCode(202)
                .body("updates[0].outcome", equalTo("RECORDED"));
        post("dhl", update(tn, TrackingStatus.PRE_TRANSIT, T0.plusSeconds(7200))).statusCode(202)
                .body("updates[0].outcome", equalTo("RECORDED"));

        given().accept(ContentType.JSON).get("/tracking/{tn}", tn).then()
                .statusCode(200)
                .body("status", equalTo("OUT_FOR_DELIVERY"))
                .body("events", hasSize(3))
                .body("events.status", hasItem("IN_TRANSIT"));

        post("dhl", update(tn, TrackingStatus.DELIVERED, T0.plusSeconds(10800))).statusCode(202);
        bus.await(DeliveryConfirmed.class, orderId);
        // a second "delivered" later on must not confirm twice
        post("dhl", update(tn, TrackingStatus.DELIVERED, T0.plusSeconds(14400))).statusCode(202)
                .body("updates[0].outcome", equalTo("RECORDED"));
        assertEquals(2, bus.count(TrackingUpdated.class, orderId, Duration.ofSeconds(1)));
        assertEquals(1, bus.count(DeliveryConfirmed.class, orderId, Duration.ofSeconds(1)));
    }

    @Test
    void aLaterExpectedDateIsADelayAndBackOnScheduleIsResolved() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);
        LocalDate promised = shipped.expectedDeliveryDate();
        Map<String, Object> late = update(shipped.trackingNumber(), TrackingStatus.IN_TRANSIT, T0);
        late.put("expectedDeliveryDate", promised.plusDays(2).toString());
        post("dhl", late).statusCode(202);
        bus.await(TrackingUpdated.class, orderId, u -> u.deliveryState() == DeliveryState.DELAYED
                && promised.plusDays(2).equals(u.expectedDeliveryDate()));

        Map<String, Object> failed = update(shipped.trackingNumber(), TrackingStatus.DELIVERY_FAILED,
                T0.plusSeconds(3600));
        post("dhl", failed).statusCode(202);
        bus.await(TrackingUpdated.class, orderId, u -> u.deliveryState() == DeliveryState.ISSUE);

        Map<String, Object> again = update(shipped.trackingNumber(), TrackingStatus.OUT_FOR_DELIVERY,
                T0.plusSeconds(7200));
        again.put("expectedDeliveryDate", promised.toString());
        post("dhl", again).statusCode(202);
        bus.await(TrackingUpdated.class, orderId, u -> u.deliveryState() == DeliveryState.RESOLVED);
    }

    @Test
    void anUnknownTrackingNumberIsAcknowledgedAndListedForOps() {
        String unknown = "NOPE" + UUID.randomUUID().toString().substring(0, 8);

        post("dhl", update(unknown, TrackingStatus.IN_TRANSIT, T0)).statusCode(202)
                .body("updates[0].outcome", equalTo("UNMATCHED"));

        given().get("/carriers/unmatched-updates").then()
                .statusCode(200)
                .body("trackingNumber", hasItem(unknown));
    }

    @Test
    void aBadBodyIsAProblemNamingTheField() {
        Map<String, Object> noStatus = update("JJD1", TrackingStatus.IN_TRANSIT, T0);
        noStatus.remove("status");
        post("dhl", noStatus).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("status"));

        Map<String, Object> badTime = update("JJD1", TrackingStatus.IN_TRANSIT, T0);
        badTime.put("occurredAt", "yesterday");
        post("dhl", badTime).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("occurredAt"));

        Map<String, Object> badStatus = update("JJD1", TrackingStatus.IN_TRANSIT, T0);
        badStatus.put("status", "LOST_IN_SPACE");
        post("dhl", badStatus).statusCode(400).body("violations[0].field", equalTo("status"));

        post("dhl", "{ not json").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theTrackingPortalShowsAParcelAsJsonOrAsAPage() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        post("dhl", update(tn, TrackingStatus.IN_TRANSIT, T0)).statusCode(202);

        given().accept(ContentType.JSON).get("/tracking/{tn}", tn).then()
                .statusCode(200)
                .body("trackingNumber", equalTo(tn))
                .body("carrier", equalTo("dhl"))
                .body("status", equalTo("IN_TRANSIT"))
                .body("deliveryState", equalTo("ON_TIME"))
                .body("events[0].location", equalTo("Köln"));
        given().accept(ContentType.HTML).get("/tracking/{tn}", tn).then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Parcel " + tn))
                .body(containsString("IN_TRANSIT"));
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").get("/tracking/{tn}", tn)
                .then().statusCode(200).contentType(ContentType.HTML);
        given().accept("*/*").get("/tracking/{tn}", tn).then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void anUnknownTrackingNumberIsNotFoundOnThePortal() {
        given().accept(ContentType.JSON).get("/tracking/{tn}", "UNKNOWN-123").then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsKept() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        String body = Webhooks.json(update(tn, TrackingStatus.DELIVERED, T0));
        String unknown = "PLAIN-FORGED-" + orderId;
        String unknownBody = Webhooks.json(update(unknown, TrackingStatus.IN_TRANSIT, T0));
        String otherBodysSignature = "sha256=" + Webhooks.hex(Webhooks.hmac(
                Webhooks.secretOf("dhl").getBytes(java.nio.charset.StandardCharsets.UTF_8), unknownBody));

        Webhooks.post("/carriers/dhl/webhooks", "X-Fulfillment-Signature", otherBodysSignature, body)
                .statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        Webhooks.post("/carriers/dhl/webhooks", null, null, body).statusCode(401);
        Webhooks.post("/carriers/dhl/webhooks", "X-Fulfillment-Signature", "sha256=", unknownBody).statusCode(401);
        // signed with the right secret but another algorithm's prefix
        Webhooks.post("/carriers/dhl/webhooks", "X-Fulfillment-Signature",
                otherBodysSignature.replace("sha256=", "sha1="), unknownBody).statusCode(401);

        given().accept(ContentType.JSON).get("/tracking/{tn}", tn).then()
                .body("status", org.hamcrest.Matchers.nullValue())
                .body("events", hasSize(0));
        given().get("/carriers/unmatched-updates").then()
                .body("trackingNumber", org.hamcrest.Matchers.not(hasItem(unknown)));
        assertEquals(0, bus.count(TrackingUpdated.class, orderId, Duration.ofSeconds(1)));
    }

    @Test
    void theSameWebhookTwiceAtTheSameMomentIsTakenOnce() throws Exception {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        Map<String, Object> known = update(tn, TrackingStatus.IN_TRANSIT, T0);
        known.put("eventId", "twin-" + orderId);
        String unknown = "TWIN-" + orderId;
        Map<String, Object> unmatched = update(unknown, TrackingStatus.IN_TRANSIT, T0);
        unmatched.put("eventId", "twin-" + orderId);

        for (Map<String, Object> body : List.of(known, unmatched)) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService twins = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    statuses.add(twins.submit(() -> {
                        start.await();
                        return Webhooks.plain("dhl", body).extract().statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> status : statuses) {
                    assertEquals(202, status.get(30, TimeUnit.SECONDS));
                }
            } finally {
                twins.shutdownNow();
            }
        }

        given().accept(ContentType.JSON).get("/tracking/{tn}", tn).then().body("events", hasSize(1));
        List<String> unmatchedNumbers = given().get("/carriers/unmatched-updates?limit=1000").then().extract()
                .path("trackingNumber");
        assertEquals(1, unmatchedNumbers.stream().filter(unknown::equals).count());
        assertEquals(1, bus.count(TrackingUpdated.class, orderId, Duration.ofSeconds(1)));
    }

    @Test
    void anAttemptFailedIsAnIssueUntilTheParcelGoesOutAgain() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();

        post("dhl", update(tn, TrackingStatus.ATTEMPT_FAILED, T0)).statusCode(202)
                .body("updates[0].outcome", equalTo("APPLIED"));
        bus.await(TrackingUpdated.class, orderId, u -> u.deliveryState() == DeliveryState.ISSUE);
        post("dhl", update(tn, TrackingStatus.DELIVERED, T0.plusSeconds(86400))).statusCode(202)
                .body("updates[0].outcome", equalTo("APPLIED"));
        bus.await(TrackingUpdated.class, orderId, u -> u.status() == TrackingStatus.DELIVERED
                && u.deliveryState() == DeliveryState.RESOLVED);
        bus.await(DeliveryConfirmed.class, orderId);
    }
}
