package com.example.fulfillment.shipping.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.restassured.http.ContentType;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class ShippoWebhookTest {

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

    static String trackUpdated(String trackingNumber, String status, Instant at, LocalDate eta) {
        return """
                {"event":"track_updated","test":true,"data":{"tracking_number":"%s","carrier":"dhl_express",\
                "eta":%s,"servicelevel":{"token":"dhl_express_domestic","name":"Domestic Express"},\
                "tracking_status":{"status":"%s","substatus":null,"status_details":"Shippo says %s",\
                "status_date":"%s","location":{"city":"Leipzig","state":"SN","zip":"04109","country":"DE"}},\
                "tracking_history":[{"status":"PRE_TRANSIT","status_details":"Label created",\
                "status_date":"%s","location":null}]}}""".formatted(trackingNumber,
                eta == null ? "null" : "\"" + eta + "T12:00:00Z\"", status, status, at, at.minusSeconds(86400));
    }

    private static io.restassured.response.ValidatableResponse postWithToken(String token, String body) {
        var request = given().contentType(ContentType.JSON);
        if (token != null) {
            request.queryParam("token", token);
        }
        return request.body(body.getBytes(StandardCharsets.UTF_8)).post("/carriers/shippo/webhooks").then();
    }

    @Test
    void deliveredIsConfirmedByTheCarrierAndALaterEtaIsADelay() {
        String orderId = ShippingEvents.newOrderId();
        Shipped shipped = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);
        String tn = shipped.trackingNumber();
        LocalDate later = shipped.expectedDeliveryDate().plusDays(1);

        Webhooks.shippo(trackUpdated(tn, "TRANSIT", T0, later)).statusCode(200)
                .body("updates[0].outcome", equalTo("APPLIED"));
        TrackingUpdated transit = bus.await(TrackingUpdated.class, orderId);
        assertEquals(TrackingStatus.IN_TRANSIT, transit.status());
        assertEquals(DeliveryState.DELAYED, transit.deliveryState());
        assertEquals(later, transit.expectedDeliveryDate());
        assertEquals("Shippo says TRANSIT", transit.description());

        Webhooks.shippo(trackUpdated(tn, "DELIVERED", T0.plusSeconds(3600), later)).statusCode(200)
                .body("updates[0].outcome", equalTo("APPLIED"));
        bus.await(TrackingUpdated.class, orderId, u -> u.status() == TrackingStatus.DELIVERED);
        assertEquals(ConfirmedBy.CARRIER, bus.await(DeliveryConfirmed.class, orderId).confirmedBy());
        given().get("/shipments/{orderId}", orderId).then().body("status", equalTo("DELIVERED"));
    }

    @Test
    void theSameStatusAtTheSameDateIsADuplicateAndAnOlderOneChangesNothing() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();

        Webhooks.shippo(trackUpdated(tn, "FAILURE", T0.plusSeconds(60), null)).statusCode(200)
                .body("updates[0].outcome", equalTo("APPLIED"));
        Webhooks.shippo(trackUpdated(tn, "FAILURE", T0.plusSeconds(60), null)).statusCode(200)
                .body("updates[0].outcome", equalTo("DUPLICATE"));
        Webhooks.shippo(trackUpdated(tn, "TRANSIT", T0, null)).statusCode(200)
                .body("updates[0].outcome", equalTo("RECORDED"));
        Webhooks.shippo(trackUpdated(tn, "UNKNOWN", T0.plusSeconds(120), null)).statusCode(200)
                .body("updates[0].outcome", equalTo("RECORDED"));

        TrackingUpdated failed = bus.await(TrackingUpdated.class, orderId);
        assertEquals(TrackingStatus.DELIVERY_FAILED, failed.status());
        assertEquals(DeliveryState.ISSUE, failed.deliveryState());
        assertEquals(1, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }

    @Test
    void anUnknownNumberIsAcknowledgedAndKept() {
        String unknown = "SHIPPO-UNKNOWN-" + ShippingEvents.newOrderId();
        Webhooks.shippo(trackUpdated(unknown, "TRANSIT", T0, null)).statusCode(200)
                .body("updates[0].outcome", equalTo("UNMATCHED"));
        given().get("/carriers/unmatched-updates").then().body("trackingNumber", hasItem(unknown));
    }

    @Test
    void aMissingOrWrongTokenIsRefusedAndNothingIsKept() {
        String orderId = ShippingEvents.newOrderId();
        String tn = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD).trackingNumber();
        String unknown = "SHIPPO-FORGED-" + orderId;

        postWithToken(null, trackUpdated(tn, "DELIVERED", T0, null)).statusCode(401)
                .contentType("application/problem+json");
        postWithToken("test-shippo-tokem", trackUpdated(tn, "DELIVERED", T0, null)).statusCode(401);
        postWithToken("", trackUpdated(unknown, "TRANSIT", T0, null)).statusCode(401);

        given().accept("application/json").get("/tracking/{tn}", tn).then()
                .body("status", nullValue()).body("events", hasSize(0));
        given().get("/carriers/unmatched-updates").then().body("trackingNumber", not(hasItem(unknown)));
        assertEquals(0, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }

    @Test
    void otherEventsAreAcknowledgedAndIgnored() {
        Webhooks.shippo("""
                {"event":"transaction_created","test":true,"data":{"object_id":"abc"}}""").statusCode(200)
                .body("updates", hasSize(0));
    }
}
