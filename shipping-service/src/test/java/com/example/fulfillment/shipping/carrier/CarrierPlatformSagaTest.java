package com.example.fulfillment.shipping.carrier;

import static com.example.fulfillment.shipping.messaging.ShippingEvents.ADDRESS;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.BOOK;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.VASE;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.invoicePrepared;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.newOrderId;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.orderReceived;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.readyForShipment;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.shipmentApproved;
import static com.example.fulfillment.shipping.messaging.ShippingEvents.stockAllocated;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.shipping.PdfText;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.ShipmentCancelled;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.TrackingStatus;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * The shipping steps against the local carrier platform, with no webhook written by the test: the label is bought
 * at the rule's rate, the pickup booked, the parcel handed over on a scan form, and from then on the platform's own
 * clock moves it to delivered through its signed tracker.updated webhooks. A cancellation refunds the label.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@TestProfile(CarrierPlatformLabels.class)
@QuarkusTest
class CarrierPlatformSagaTest {

    /** The platform steps every 5 s (CARRIER_PLATFORM_STEP_SECONDS): three steps after the scan form, and slack. */
    private static final Duration PARCEL_JOURNEY = Duration.ofSeconds(60);

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
    void aLabelBoughtFromThePlatformTravelsByItselfToDelivered() throws IOException {
        platform.addWebhook(webhook.toString());
        try {
            String orderId = newOrderId();
            bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));
            bus.publish(stockAllocated(orderId, VASE, BOOK));
            bus.publish(invoicePrepared(orderId, "INV-" + orderId.substring(0, 8)));

            ShippingLabelCreated label = bus.await(ShippingLabelCreated.class, orderId);
            assertEquals("application/pdf", label.label().mediaType());
            byte[] pdf = label.label().bytes();
            assertTrue(PdfText.of(pdf).contains(label.trackingNumber()), "the label's PDF shows its tracking code");
            given().get("/shipments/{orderId}", orderId).then().statusCode(200)
                    .body("label.carrier", equalTo(label.carrier()))
                    .body("label.platform.shipmentId", startsWith("shp_"))
                    .body("label.platform.rateReason", containsString("cheapest"))
                    .body("label.platform.zpl", notNullValue());
            byte[] served = given().accept("application/pdf").get("/shipments/{orderId}/label.pdf", orderId)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertArrayEquals(pdf, served, "the label served to ops is the one the platform sold");

            bus.publish(readyForShipment(orderId));
            TransportArranged transport = bus.await(TransportArranged.class, orderId);
            assertEquals(label.carrier(), transport.carrier());
            given().get("/shipments/{orderId}", orderId).then()
                    .body("transport.pickupConfirmation", notNullValue());

            bus.publish(shipmentApproved(orderId));
            // approved is not shipped: the parcel waits on its scan form until the carrier's first scan
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/shipments/{orderId}", orderId)
                    .then().body("handover.scanForm", startsWith("sf_")));
            Shipped shipped = bus.await(Shipped.class, orderId);
            TrackingUpdated acceptance = bus.await(TrackingUpdated.class, orderId,
                    scan -> scan.status() == TrackingStatus.IN_TRANSIT);
            assertEquals(acceptance.occurredAt(), shipped.shippedAt(), "shipped when the carrier first scanned it");
            assertTrue(shipped.documentsHandedOver().stream().anyMatch(paper -> paper.startsWith("scan form sf_")),
                    shipped.documentsHandedOver().toString());

            await().atMost(PARCEL_JOURNEY).untilAsserted(() -> given().get("/shipments/{orderId}", orderId).then()
                    .body("status", equalTo("DELIVERED")));
            DeliveryConfirmed delivered = bus.await(DeliveryConfirmed.class, orderId);
            assertEquals(orderId, delivered.orderId());
        } finally {
            platform.removeWebhook(webhook.toString());
        }
    }

    @Test
    void cancellingAfterTheLabelWasBoughtAsksForItsMoneyBack() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, ShippingMethod.EXPRESS, OrderOptions.none()));
        bus.publish(stockAllocated(orderId, BOOK));
        bus.publish(invoicePrepared(orderId, "INV-" + orderId.substring(0, 8)));
        bus.await(ShippingLabelCreated.class, orderId);

        bus.publish(new OrderCancelled(orderId, OrderStatus.INVOICED, "customer changed their mind", "grace"));
        ShipmentCancelled cancelled = bus.await(ShipmentCancelled.class, orderId);
        assertEquals(orderId, cancelled.orderId());
        given().get("/shipments/{orderId}", orderId).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("label.voided", equalTo(true))
                .body("label.platform.refund", oneOf("SUBMITTED", "REFUNDED"));
    }

    @Test
    void anAddressThePlatformCannotVerifyStopsTheShipmentBeforeAnyLabelIsPaid() {
        String orderId = newOrderId();
        OrderReceived received = orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none());
        Address withoutPostalCode = new Address(ADDRESS.recipient(), ADDRESS.street(), ADDRESS.city(), "",
                ADDRESS.region(), ADDRESS.country());
        bus.publish(new OrderReceived(orderId, received.customer(), withoutPostalCode, received.shippingMethod(),
                received.lines(), received.options(), received.notificationChannels(), received.discountCode(),
                received.receivedAt()));
        bus.publish(stockAllocated(orderId, BOOK));
        bus.publish(invoicePrepared(orderId, "INV-" + orderId.substring(0, 8)));

        await().atMost(Duration.ofSeconds(30)).until(() -> !bus.deadLetters(orderId, Duration.ofMillis(200)).isEmpty());
        assertEquals(0, bus.count(ShippingLabelCreated.class, orderId, Duration.ofSeconds(1)));
        given().get("/shipments/{orderId}", orderId).then().statusCode(200)
                .body("status", equalTo("ALLOCATED"))
                .body("label", nullValue());
    }

}
