package com.example.fulfillment.shipping.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.shipping.messaging.ShippingEvents;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class AfterShipWebhookTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private static TestEventBus bus;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    static String trackingUpdate(String eventId, String trackingNumber, String tag, String subtag, Instant at,
            LocalDate expected) {
        return """
                {"event":"tracking_update","event_id":"%s","is_tracking_first_tag":false,"ts":%d,\
                "msg":{"id":"%s","tracking_number":"%s","slug":"dhl","tag":"%s","subtag":"%s",\
                "expected_delivery":%s,"checkpoints":[{"tag":"InfoReceived","subtag":"InfoReceived_001",\
                "message":"Electronic information received","checkpoint_time":"%s","location":null},\
                {"tag":"%s","subtag":"%s","message":"AfterShip says %s","checkpoint_time":"%s",\
                "city":"Leipzig","country_iso3":"DEU"}]}}""".formatted(eventId, at.getEpochSecond(),
                UUID.randomUUID(), trackingNumber, tag, subtag, expected == null ? "null" : "\"" + expected + "\"",
                at.minusSeconds(86400), tag, subtag, tag, at);
    }

    @Test
    void anAttemptFailedIsAnIssueAndTheNextRoundIsProgress() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);
        String tn = shipped.trackingNumber();

        Webhooks.afterShip(trackingUpdate("as-1-" + orderId, tn, "OutForDelivery", "OutForDelivery_001", T0, null))
                .statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));
        Webhooks.afterShip(trackingUpdate("as-2-" + orderId, tn, "AttemptFail", "AttemptFail_001",
                T0.plusSeconds(3600), null)).statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));
        TrackingUpdated failed = bus.await(TrackingUpdated.class, orderId,
                u -> u.status() == TrackingStatus.ATTEMPT_FAILED);
        assertEquals(DeliveryState.ISSUE, failed.deliveryState());
        assertEquals("Leipzig, DEU", failed.location());

        Webhooks.afterShip(trackingUpdate("as-3-" + orderId, tn, "OutForDelivery", "OutForDelivery_001",
                T0.plusSeconds(86400), shipped.expectedDeliveryDate())).statusCode(200)
                .body("updates[0].outcome", equalTo("APPLIED"));
        bus.await(TrackingUpdated.class, orderId, u -> u.status() == TrackingStatus.OUT_FOR_DELIVERY
                && u.deliveryState() == DeliveryState.RESOLVED);

        Webhooks.afterShip(trackingUpdate("as-4-" + orderId, tn, "Delivered", "Delivered_001",
                T0.plusSeconds(90000), null)).statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));
        assertEquals(ConfirmedBy.CARRIER, bus.await(DeliveryConfirmed.class, orderId).confirmedBy());
    }

    @Test
    void duplicatesAndLateUpdatesChangeNothing() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        String inTransit = trackingUpdate("as-t-" + orderId, tn, "InTransit", "InTransit_001", T0.plusSeconds(60),
                null);

        Webhooks.afterShip(inTransit).statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));
        Webhooks.afterShip(inTransit).statusCode(200).body("updates[0].outcome", equalTo("DUPLICATE"));
        Webhooks.afterShip(trackingUpdate("as-p-" + orderId, tn, "InfoReceived", "InfoReceived_001", T0, null))
                .statusCode(200).body("updates[0].outcome", equalTo("RECORDED"));

        given().accept("application/json").get("/tracking/{tn}", tn).then().body("status", equalTo("IN_TRANSIT"));
        assertEquals(1, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }

    @Test
    void returnedToSenderBringsTheItemsBack() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();

        Webhooks.afterShip(trackingUpdate("as-r-" + orderId, tn, "Exception", "Exception_011", T0, null))
                .statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));

        TrackingUpdated update = bus.await(TrackingUpdated.class, orderId);
        assertEquals(TrackingStatus.RETURNED_TO_SENDER, update.status());
        assertEquals(DeliveryState.ISSUE, update.deliveryState());
        ShipmentReturned returned = bus.await(ShipmentReturned.class, orderId);
        assertEquals(tn, returned.trackingNumber());
        assertEquals(List.of(new OrderLine(ShippingEvents.BOOK.sku(), ShippingEvents.BOOK.quantity())),
                returned.items());
        given().get("/shipments/{orderId}", orderId).then().body("status", equalTo("RETURNED"));

        // the carrier says it again under another event id: no second return
        Webhooks.afterShip(trackingUpdate("as-r2-" + orderId, tn, "Exception", "Exception_011",
                T0.plusSeconds(60), null)).statusCode(200).body("updates[0].outcome", equalTo("RECORDED"));
        assertEquals(1, bus.count(ShipmentReturned.class, orderId, SETTLE));
    }

    @Test
    void anOtherExceptionIsAFailedDelivery() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();

        Webhooks.afterShip(trackingUpdate("as-f-" + orderId, tn, "Exception", "Exception_004", T0, null))
                .statusCode(200);

        assertEquals(TrackingStatus.DELIVERY_FAILED, bus.await(TrackingUpdated.class, orderId).status());
        assertEquals(0, bus.count(ShipmentReturned.class, orderId, SETTLE));
    }

    @Test
    void anUnknownNumberIsAcknowledgedAndKept() {
        String unknown = "AS-UNKNOWN-" + UUID.randomUUID();
        Webhooks.afterShip(trackingUpdate("as-u-" + unknown, unknown, "InTransit", "InTransit_001", T0, null))
                .statusCode(200).body("updates[0].outcome", equalTo("UNMATCHED"));
        given().get("/carriers/unmatched-updates").then().body("trackingNumber", hasItem(unknown));
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsKept() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        String body = trackingUpdate("as-x-" + orderId, tn, "Delivered", "Delivered_001", T0, null);
        String unknown = "AS-FORGED-" + orderId;

        Webhooks.post("/carriers/aftership/webhooks", "aftership-hmac-sha256", "bm90IGEgc2lnbmF0dXJl", body)
                .statusCode(401).contentType("application/problem+json");
        Webhooks.post("/carriers/aftership/webhooks", null, null, body).statusCode(401);
        Webhooks.post("/carriers/aftership/webhooks", null, null,
                trackingUpdate("as-y-" + orderId, unknown, "InTransit", "InTransit_001", T0, null)).statusCode(401);

        given().accept("application/json").get("/tracking/{tn}", tn).then()
                .body("status", nullValue()).body("events", hasSize(0));
        given().get("/carriers/unmatched-updates").then().body("trackingNumber", not(hasItem(unknown)));
        assertEquals(0, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }
}
