package com.example.fulfillment.shipping.carrier;

import static com.example.fulfillment.shipping.messaging.ShippingEvents.BOOK;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.invoicePrepared;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.newOrderId;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.orderReceived;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.readyForShipment;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.shipmentApproved;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.stockAllocated;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.shipping.PdfText;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * With handover.manifests=DAILY, approved parcels wait for the warehouse: closing the manifest puts all of them on
 * one scan form, under the closer's name, and only then does the carrier take them (the local platform moves a
 * tracker once its parcel is on a form).
 */
@TestSecurity(user = "walter", roles = {"warehouse"})
@TestProfile(DailyManifestClosing.class)
@QuarkusTest
class DailyManifestTest {

    private static TestEventBus bus;
    private static final LocalPlatformAdmin platform = new LocalPlatformAdmin();

    @TestHTTPResource("/carriers/easypost/webhooks")
    URL webhook;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void approvedParcelsWaitForTheManifestAndTheCarrierTakesThemOnceItIsClosed() {
        platform.addWebhook(webhook.toString());
        try {
            given().post("/manifests").then().statusCode(oneOfClosedOrNothing());
            String first = approvedParcel();
            String second = approvedParcel();
            for (String orderId : List.of(first, second)) {
                given().get("/shipments/{orderId}", orderId).then().statusCode(200)
                        .body("status", equalTo("AWAITING_CARRIER")).body("handover", nullValue());
            }
            assertEquals(2, given().get("/manifests").then().statusCode(200).extract().jsonPath().getInt("waiting"));

            JsonPath closed = given().post("/manifests").then().statusCode(201).extract().jsonPath();
            String manifestId = closed.getString("id");
            assertEquals(List.of(first, second), closed.getList("orderIds"));
            assertEquals("walter", closed.getString("closedBy"), "who closed it comes from the token");
            List<String> trackingCodes = closed.getList("trackingCodes");
            for (String orderId : List.of(first, second)) {
                String trackingNumber = bus.await(ShippingLabelCreated.class, orderId).trackingNumber();
                assertTrue(trackingCodes.contains(trackingNumber), trackingCodes.toString());
                given().get("/shipments/{orderId}", orderId).then().body("handover.scanForm", equalTo(manifestId));
            }
            String form = PdfText.of(given().get(closed.getString("pdf")).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray());
            trackingCodes.forEach(code -> assertTrue(form.contains(code), "the driver's form lists " + code));
            given().get("/manifests").then().log().ifValidationFails().body("waiting", equalTo(0))
                    .body("latest.id", hasItem(manifestId));
            given().post("/manifests").then().statusCode(204);

            Shipped shipped = bus.await(Shipped.class, first);
            assertTrue(shipped.documentsHandedOver().contains("scan form " + manifestId),
                    shipped.documentsHandedOver().toString());
        } finally {
            platform.removeWebhook(webhook.toString());
        }
    }

    @Test
    void aCancelledParcelIsLeftOffTheManifest() {
        given().post("/manifests").then().statusCode(oneOfClosedOrNothing());
        String kept = approvedParcel();
        String cancelled = approvedParcel();
        bus.publish(new OrderCancelled(cancelled, OrderStatus.READY_FOR_SHIPMENT, "changed their mind", "walter"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/shipments/{orderId}", cancelled)
                .then().body("status", equalTo("CANCELLED")));

        JsonPath closed = given().post("/manifests").then().statusCode(201).extract().jsonPath();
        assertEquals(List.of(kept), closed.getList("orderIds"));
    }

    @Test
    void anUnknownManifestIsAProblem() {
        given().get("/manifests/sf_unknown").then().statusCode(404).contentType("application/problem+json");
        given().get("/manifests?limit=0").then().statusCode(400).contentType("application/problem+json");
    }

    /** Whatever an earlier run left waiting is closed first: 201 if something was, 204 if not. */
    private static Matcher<Integer> oneOfClosedOrNothing() {
        return oneOf(201, 204);
    }

    private static String approvedParcel() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));
        bus.publish(stockAllocated(orderId, BOOK));
        bus.publish(invoicePrepared(orderId, "INV-" + orderId.substring(0, 8)));
        bus.await(ShippingLabelCreated.class, orderId);
        bus.publish(readyForShipment(orderId));
        bus.await(TransportArranged.class, orderId);
        bus.publish(shipmentApproved(orderId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/shipments/{orderId}", orderId)
                .then().body("status", equalTo("AWAITING_CARRIER")));
        return orderId;
    }
}
