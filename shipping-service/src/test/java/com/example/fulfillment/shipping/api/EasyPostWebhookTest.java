package com.example.fulfillment.shipping.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

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

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class EasyPostWebhookTest {

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

    /** EasyPost's own fixture, signed as its file's single line without the trailing newline. */
    static String fixture() throws IOException {
        try (InputStream in = EasyPostWebhookTest.class.getResourceAsStream("/webhooks/easypost/event-body.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
        }
    }

    static String trackerUpdated(String eventId, String trackingCode, String status, Instant at, LocalDate estimate) {
        return """
                {"description":"tracker.updated","mode":"test","id":"%s","object":"Event","user_id":"user_1",\
                "result":{"id":"trk_%s","object":"Tracker","mode":"test","tracking_code":"%s","status":"%s",\
                "status_detail":"unknown","est_delivery_date":%s,"carrier":"DHLExpress","updated_at":"%s",\
                "tracking_details":[{"object":"TrackingDetail","message":"Shipment information sent",\
                "status":"pre_transit","datetime":"%s","tracking_location":{"object":"TrackingLocation",\
                "city":null,"state":null,"country":"DE","zip":null}},{"object":"TrackingDetail",\
                "message":"EasyPost says %s","status":"%s","datetime":"%s","tracking_location":\
                {"object":"TrackingLocation","city":"Leipzig","state":"SN","country":"DE","zip":"04109"}}]}}"""
                .formatted(eventId, eventId, trackingCode, status,
                        estimate == null ? "null" : "\"" + estimate + "T00:00:00Z\"", at, at.minusSeconds(86400),
                        status, status, at);
    }

    @Test
    void reproducesEasyPostsPublishedSignatureAndTakesTheirFixture() throws IOException {
        String body = fixture();
        String expected = "hmac-sha256-hex=38f3f53c103713df81616a0a186d77141957323ec21d5fe9363db93840f527db";
        assertEquals(expected, Webhooks.easyPostSignature(body));
        assertEquals(expected, EasyPostWebhookAdapter.signature(Webhooks.EASYPOST_SECRET,
                body.getBytes(StandardCharsets.UTF_8)));

        // its tracking code "1" is none of ours: acknowledged, and kept for ops
        Webhooks.post("/carriers/easypost/webhooks", "X-Hmac-Signature", expected, body).statusCode(200)
                .body("updates", hasSize(1))
                .body("updates[0].trackingNumber", equalTo("1"))
                .body("updates[0].outcome", equalTo("UNMATCHED"));
        given().get("/carriers/unmatched-updates").then()
                .body("find { it.eventId == 'easypost:evt_1' }.trackingNumber", equalTo("1"))
                .body("find { it.eventId == 'easypost:evt_1' }.status", equalTo("IN_TRANSIT"))
                .body("find { it.eventId == 'easypost:evt_1' }.carrier", equalTo("fedex"));
    }

    @Test
    void aTrackerUpdateMovesTheShipmentAndALaterEstimateIsADelay() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);
        LocalDate later = shipped.expectedDeliveryDate().plusDays(2);

        Webhooks.easyPost(trackerUpdated("evt_a" + orderId, shipped.trackingNumber(), "in_transit", T0, later))
                .statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));

        TrackingUpdated update = bus.await(TrackingUpdated.class, orderId);
        assertEquals(TrackingStatus.IN_TRANSIT, update.status());
        assertEquals(DeliveryState.DELAYED, update.deliveryState());
        assertEquals(later, update.expectedDeliveryDate());
        assertEquals("EasyPost says in_transit", update.description());
        assertEquals("Leipzig, SN, DE", update.location());
        assertEquals(T0, update.occurredAt());
    }

    @Test
    void deliveredIsConfirmedByTheCarrier() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.EXPRESS);

        // express parcels go with UPS, and EasyPost names the carrier so
        Webhooks.easyPost(trackerUpdated("evt_d" + orderId, shipped.trackingNumber(), "delivered", T0, null)
                .replace("\"carrier\":\"DHLExpress\"", "\"carrier\":\"UPS\""))
                .statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));

        bus.await(TrackingUpdated.class, orderId, u -> u.status() == TrackingStatus.DELIVERED);
        DeliveryConfirmed confirmed = bus.await(DeliveryConfirmed.class, orderId);
        assertEquals(ConfirmedBy.CARRIER, confirmed.confirmedBy());
        assertEquals(T0, confirmed.confirmedAt());
    }

    @Test
    void duplicatesAndLateUpdatesChangeNothing() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        String outForDelivery = trackerUpdated("evt_o" + orderId, tn, "out_for_delivery", T0.plusSeconds(3600),
                null);

        Webhooks.easyPost(outForDelivery).statusCode(200).body("updates[0].outcome", equalTo("APPLIED"));
        Webhooks.easyPost(outForDelivery).statusCode(200).body("updates[0].outcome", equalTo("DUPLICATE"));
        Webhooks.easyPost(trackerUpdated("evt_i" + orderId, tn, "in_transit", T0, null)).statusCode(200)
                .body("updates[0].outcome", equalTo("RECORDED"));
        // EasyPost's "error": kept for the history, moves nothing even though it is the newest
        Webhooks.easyPost(trackerUpdated("evt_e" + orderId, tn, "error", T0.plusSeconds(7200), null))
                .statusCode(200).body("updates[0].outcome", equalTo("RECORDED"));

        given().accept("application/json").get("/tracking/{tn}", tn).then()
                .body("status", equalTo("OUT_FOR_DELIVERY"))
                .body("events", hasSize(3));
        assertEquals(1, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }

    @Test
    void otherEventsAreAcknowledgedAndIgnored() {
        Webhooks.easyPost("""
                {"description":"batch.created","id":"evt_batch","object":"Event","result":{"object":"Batch"}}""")
                .statusCode(200).body("updates", hasSize(0));
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsKept() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        String body = trackerUpdated("evt_x" + orderId, tn, "delivered", T0, null);
        String forged = Webhooks.easyPostSignature(body.replace("delivered", "in_transit"));
        String unknownBody = trackerUpdated("evt_y" + orderId, "EP-UNKNOWN-" + orderId, "in_transit", T0, null);

        Webhooks.post("/carriers/easypost/webhooks", "X-Hmac-Signature", forged, body).statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        Webhooks.post("/carriers/easypost/webhooks", null, null, body).statusCode(401)
                .contentType("application/problem+json");
        // the right signature in another platform's header is no signature either
        Webhooks.post("/carriers/easypost/webhooks", "X-Fulfillment-Signature", Webhooks.easyPostSignature(body),
                body).statusCode(401);
        Webhooks.post("/carriers/easypost/webhooks", null, null, unknownBody).statusCode(401);

        given().accept("application/json").get("/tracking/{tn}", tn).then()
                .body("status", nullValue())
                .body("events", hasSize(0));
        given().get("/carriers/unmatched-updates").then()
                .body("trackingNumber", not(hasItem("EP-UNKNOWN-" + orderId)));
        assertEquals(0, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }
}
