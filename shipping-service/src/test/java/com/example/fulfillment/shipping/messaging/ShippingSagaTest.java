package com.example.fulfillment.shipping.messaging;

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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderPacked;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.ShipmentCancelled;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;

import com.example.fulfillment.shipping.PdfText;
import com.example.fulfillment.shipping.api.Webhooks;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class ShippingSagaTest {

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

    @Test
    void packsLabelsArrangesTransportAndShipsAnOrder() {
        String orderId = newOrderId();
        String giftMessage = "Alles Gute zum Geburtstag, Oma! 🎂";
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, new OrderOptions(false, true, giftMessage)));
        bus.publish(stockAllocated(orderId, VASE, BOOK));
        bus.publish(invoicePrepared(orderId, "INV-2026-0042"));

        OrderPacked packed = bus.await(OrderPacked.class, orderId);
        assertTrue(packed.materials().containsAll(
                List.of("CARDBOARD_BOX", "BUBBLE_WRAP", "FOAM_INSERTS", "GIFT_WRAP", "MESSAGE_CARD")),
                packed.materials().toString());
        assertTrue(packed.weightGrams() > VASE.totalWeightGrams() + BOOK.totalWeightGrams());
        assertEquals("PACKING_SLIP", packed.packingSlip().kind());
        assertEquals("application/pdf", packed.packingSlip().mediaType());
        String slip = PdfText.of(packed.packingSlip().bytes());
        // the embedded font has no emoji: the cake prints as '?', the words as written
        assertTrue(slip.contains("Alles Gute zum Geburtstag, Oma!"), slip);
        assertTrue(slip.contains("2 x BOOK-7"), slip);
        assertTrue(slip.contains("Package " + packed.packageId()), slip);
        assertTrue(slip.contains("INV-2026-0042"), slip);
        byte[] served = given().accept("application/pdf").get("/shipments/{orderId}/packing-slip.pdf", orderId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(packed.packingSlip().bytes(), served, "the slip served is the one the event carried");
        given().get("/shipments/{orderId}", orderId).then()
                .body("packed.packingSlip", containsString(giftMessage))
                .body("packed.packingSlipPdf", equalTo("/shipments/" + orderId + "/packing-slip.pdf"));

        ShippingLabelCreated label = bus.await(ShippingLabelCreated.class, orderId);
        assertEquals("dhl", label.carrier());
        assertTrue(label.trackingNumber().startsWith("JJD"), label.trackingNumber());
        assertEquals(ADDRESS, label.recipient());
        assertTrue(label.label().content().contains(label.trackingNumber()));
        assertTrue(label.label().content().contains(ADDRESS.street()));

        bus.publish(readyForShipment(orderId));
        TransportArranged transport = bus.await(TransportArranged.class, orderId);
        assertEquals("dhl", transport.carrier());
        assertEquals("dhl-paket", transport.carrierService());
        assertEquals(label.trackingNumber(), transport.trackingNumber());
        LocalDate pickupDay = transport.pickupAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        assertTrue(transport.expectedDeliveryDate().isAfter(pickupDay.plusDays(2)));

        bus.publish(shipmentApproved(orderId));
        Shipped shipped = bus.await(Shipped.class, orderId);
        assertEquals(label.trackingNumber(), shipped.trackingNumber());
        assertEquals(transport.expectedDeliveryDate(), shipped.expectedDeliveryDate());
        assertEquals(List.of("label " + label.trackingNumber(), "invoice INV-2026-0042",
                "packing slip " + packed.packageId()), shipped.documentsHandedOver());

        given().get("/shipments/{orderId}", orderId).then()
                .statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("packed.boxSize", equalTo(packed.boxSize()))
                .body("packed.giftMessage", equalTo(giftMessage))
                .body("label.trackingNumber", equalTo(label.trackingNumber()))
                .body("transport.carrierService", equalTo("dhl-paket"))
                .body("handover.documentsHandedOver", hasItems("invoice INV-2026-0042"));
    }

    @Test
    void expressAndSameDayGoWithTheirOwnCarriers() {
        String express = newOrderId();
        String sameDay = newOrderId();

        assertEquals("ups", ShippingEvents.ship(bus, express, ShippingMethod.EXPRESS).carrier());
        Shipped courier = ShippingEvents.ship(bus, sameDay, ShippingMethod.SAME_DAY);
        assertEquals("courier", courier.carrier());
        assertTrue(courier.trackingNumber().startsWith("CR"), courier.trackingNumber());
    }

    @Test
    void theSameEnvelopeTwiceAndABusinessDuplicatePackOnlyOnce() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));
        bus.publish(stockAllocated(orderId, BOOK));
        EventEnvelope invoice = bus.publish(invoicePrepared(orderId, "INV-1"));
        bus.publish(invoice);
        bus.publish(invoicePrepared(orderId, "INV-1"));
        // handled strictly after the duplicates (same key, same partition), so they are all behind us then
        bus.publish(readyForShipment(orderId));
        bus.await(TransportArranged.class, orderId);

        assertEquals(1, bus.count(OrderPacked.class, orderId, SETTLE));
        assertEquals(1, bus.count(ShippingLabelCreated.class, orderId, SETTLE));
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextEventStillHandled() {
        String orderId = newOrderId();
        bus.publishRaw(orderId, "{ this is not a cloud event");
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));

        assertTrue(bus.awaitDeadLetter(orderId).contains("not a CloudEvent"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/shipments/{orderId}", orderId)
                .then().statusCode(200).body("status", equalTo("RECEIVED")));
    }

    @Test
    void anEventAboutAnOrderShippingNeverHeardOfIsDeadLettered() {
        String orderId = newOrderId();
        bus.publish(stockAllocated(orderId, BOOK));

        assertTrue(bus.awaitDeadLetter(orderId).contains("never received order"));
    }

    @Test
    void aCancelledOrderBeforeShipmentVoidsTheLabelAndGoesNoFurther() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));
        bus.publish(stockAllocated(orderId, BOOK));
        bus.publish(invoicePrepared(orderId, "INV-2"));
        ShippingLabelCreated label = bus.await(ShippingLabelCreated.class, orderId);

        bus.publish(new OrderCancelled(orderId, OrderStatus.INVOICED, "customer changed their mind", "customer"));
        bus.publish(readyForShipment(orderId));
        bus.publish(shipmentApproved(orderId));
        ShippingEvents.awaitHandled(bus, orderId);

        given().get("/shipments/{orderId}", orderId).then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("label.voided", equalTo(true))
                .body("cancellation.reason", equalTo("customer changed their mind"));
        assertEquals(0, bus.count(TransportArranged.class, orderId, SETTLE));
        assertEquals(0, bus.count(Shipped.class, orderId, SETTLE));
        ShipmentCancelled cancelled = bus.await(ShipmentCancelled.class, orderId);
        assertEquals(label.trackingNumber(), cancelled.trackingNumber());
        assertEquals("customer changed their mind", cancelled.reason());
    }

    @Test
    void aShipmentCancelledBeforeItWasLabelledHasNoTrackingNumber() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));
        bus.publish(new OrderCancelled(orderId, OrderStatus.RECEIVED, "out of stock", "inventory"));
        // a second cancellation (another event id, same meaning) changes nothing
        bus.publish(new OrderCancelled(orderId, OrderStatus.RECEIVED, "out of stock", "inventory"));

        ShipmentCancelled cancelled = bus.await(ShipmentCancelled.class, orderId);
        assertNull(cancelled.trackingNumber());
        assertEquals("out of stock", cancelled.reason());
        ShippingEvents.awaitHandled(bus, orderId);
        assertEquals(1, bus.count(ShipmentCancelled.class, orderId, SETTLE));
    }

    @Test
    void afterAFailedDeliveryTheOrderIsPackedAndLabelledAgainWithANewTrackingNumber() {
        String orderId = newOrderId();
        Shipped first = ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);
        String firstPackage = bus.await(OrderPacked.class, orderId).packageId();
        Webhooks.plain("dhl", Map.of("trackingNumber", first.trackingNumber(), "status", "DELIVERY_FAILED",
                "occurredAt", "2026-11-30T08:00:00Z")).statusCode(202);

        bus.publish(new ReshipmentRequested(orderId, List.of(new OrderLine(BOOK.sku(), 1)), "ops:grace",
                "parcel lost"));
        OrderPacked repacked = bus.await(OrderPacked.class, orderId, p -> !p.packageId().equals(firstPackage));
        String reslip = PdfText.of(repacked.packingSlip().bytes());
        assertTrue(reslip.contains("1 x BOOK-7"), reslip);
        ShippingLabelCreated relabelled = bus.await(ShippingLabelCreated.class, orderId,
                l -> !l.trackingNumber().equals(first.trackingNumber()));
        assertEquals(ADDRESS, relabelled.recipient());
        String second = relabelled.trackingNumber();

        bus.publish(readyForShipment(orderId));
        assertEquals(second, bus.await(TransportArranged.class, orderId, t -> t.trackingNumber().equals(second))
                .trackingNumber());
        bus.publish(shipmentApproved(orderId));
        Shipped reshipped = bus.await(Shipped.class, orderId, s -> s.trackingNumber().equals(second));
        assertTrue(reshipped.documentsHandedOver().contains("label " + second));

        // the same request again while the new parcel is under way changes nothing
        bus.publish(new ReshipmentRequested(orderId, List.of(new OrderLine(BOOK.sku(), 1)), "ops:grace",
                "parcel lost"));
        ShippingEvents.awaitHandled(bus, orderId);
        assertEquals(2, bus.count(ShippingLabelCreated.class, orderId, SETTLE));

        given().get("/shipments/{orderId}", orderId).then()
                .statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("label.trackingNumber", equalTo(second))
                .body("items[0].quantity", equalTo(1))
                .body("tracking.status", nullValue())
                .body("earlierLabels", hasSize(1))
                .body("earlierLabels[0].trackingNumber", equalTo(first.trackingNumber()))
                .body("earlierLabels[0].trackingStatus", equalTo("DELIVERY_FAILED"))
                .body("earlierLabels[0].items[0].quantity", equalTo(2))
                .body("earlierLabels[0].replaceReason", equalTo("parcel lost (requested by ops:grace)"));

        // the first parcel comes back later: its items are in the warehouse again, the new parcel goes on
        Webhooks.plain("dhl", Map.of("trackingNumber", first.trackingNumber(), "status", "RETURNED_TO_SENDER",
                "occurredAt", Instant.now().minusSeconds(60).toString())).statusCode(202)
                .body("updates[0].outcome", equalTo("RECORDED"));
        ShipmentReturned returned = bus.await(ShipmentReturned.class, orderId);
        assertEquals(first.trackingNumber(), returned.trackingNumber());
        assertEquals(List.of(new OrderLine(BOOK.sku(), 2)), returned.items());
        given().accept("application/json").get("/tracking/{tn}", first.trackingNumber()).then()
                .body("status", equalTo("RETURNED_TO_SENDER"))
                .body("events", hasSize(2));
        given().accept("application/json").get("/tracking/{tn}", second).then()
                .body("status", nullValue())
                .body("events", hasSize(0));
        assertEquals(1, bus.count(TrackingUpdated.class, orderId, SETTLE));
    }

    @Test
    void anOrderThatWasNeverShippedCannotBeReshipped() {
        String orderId = newOrderId();
        bus.publish(orderReceived(orderId, ShippingMethod.STANDARD, OrderOptions.none()));
        bus.publish(new ReshipmentRequested(orderId, List.of(), "ops:grace", "why not"));

        assertTrue(bus.awaitDeadLetter(orderId).contains("never handed to a carrier"));
    }

    @Test
    void aCancellationAfterHandoverChangesNothing() {
        String orderId = newOrderId();
        ShippingEvents.ship(bus, orderId, ShippingMethod.STANDARD);

        bus.publish(new OrderCancelled(orderId, OrderStatus.SHIPPED, "too late", "customer"));
        ShippingEvents.awaitHandled(bus, orderId);

        given().get("/shipments/{orderId}", orderId).then()
                .statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("label.voided", equalTo(false))
                .body("cancellation", nullValue());
        assertEquals(0, bus.count(ShipmentCancelled.class, orderId, SETTLE));
    }

    @Test
    void anUnknownShipmentIsAProblem() {
        given().get("/shipments/{orderId}", newOrderId()).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
