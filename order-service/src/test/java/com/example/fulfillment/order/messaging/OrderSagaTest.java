package com.example.fulfillment.order.messaging;

import static com.example.fulfillment.order.OrderTestData.WAIT;
import static com.example.fulfillment.order.OrderTestData.allocated;
import static com.example.fulfillment.order.OrderTestData.awaitStatus;
import static com.example.fulfillment.order.OrderTestData.lines;
import static com.example.fulfillment.order.OrderTestData.orderBody;
import static com.example.fulfillment.order.OrderTestData.place;
import static com.example.fulfillment.order.OrderTestData.shippedOrder;
import static com.example.fulfillment.order.OrderTestData.status;
import static com.example.fulfillment.order.OrderTestData.steps;
import static com.example.fulfillment.order.OrderTestData.uniqueEmail;
import static com.example.fulfillment.order.OrderTestData.verifiedOrder;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderDocumentsFiled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.events.OrderVerificationRejected;
import com.example.fulfillment.events.ShipmentApproved;
import com.example.fulfillment.events.ShipmentRejected;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.TrackingConfirmationRejected;
import com.example.fulfillment.events.TrackingConfirmed;
import com.example.fulfillment.events.TrackingUpdated;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.order.OrderTestData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * order-service's side of the saga: the other services' events are published to the real broker, and what
 * order-service publishes is read back from it. The test profile sets every gate to RULE, so small STANDARD
 * orders with on-time updates pass by policy, and large, same-day or delayed ones wait for a person.
 */
@QuarkusTest
class OrderSagaTest {

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
    void theHappyPathRunsToCompletedWithItsDossierFiled() {
        String orderId = place(orderBody(uniqueEmail(), "STANDARD", 2));
        bus.await(OrderReceived.class, orderId);

        bus.publish(new StockVerified(orderId, lines(2)));
        OrderVerificationApproved verification = bus.await(OrderVerificationApproved.class, orderId);
        assertEquals("policy:automatic", verification.decision().decidedBy());
        assertTrue(verification.decision().reason().contains("max-automatic-quantity"));
        assertEquals(lines(2), verification.lines());
        awaitStatus(orderId, "VERIFIED");

        OrderTestData.readyForShipment(bus, orderId);
        bus.await(OrderStatusChanged.class, orderId, changed -> changed.to() == OrderStatus.READY_FOR_SHIPMENT);
        given().get("/orders/{id}", orderId).then().body("invoice.number", equalTo("INV-" + orderId.substring(0, 8)))
                .body("invoice.currency", equalTo("EUR")).body("invoice.total", equalTo(10.71f))
                .body("trackingNumber", equalTo("TRK-" + orderId.substring(0, 8))).body("carrier", equalTo("DHL"));

        bus.publish(OrderTestData.transport(orderId, ShippingMethod.STANDARD));
        assertEquals("policy:automatic", bus.await(ShipmentApproved.class, orderId).decision().decidedBy());
        awaitStatus(orderId, "SHIPMENT_APPROVED");

        bus.publish(OrderTestData.shipped(orderId));
        awaitStatus(orderId, "SHIPPED");
        bus.publish(new CustomerNotified(orderId, UUID.randomUUID().toString(), "SHIPMENT_CONFIRMATION",
                NotificationChannel.EMAIL, "ann@example.com", true, Instant.now()));

        String updateId = UUID.randomUUID().toString();
        bus.publish(trackingUpdate(orderId, updateId, DeliveryState.ON_TIME));
        TrackingConfirmed confirmed = bus.await(TrackingConfirmed.class, orderId);
        assertEquals(updateId, confirmed.trackingUpdateId());
        assertEquals(TrackingStatus.OUT_FOR_DELIVERY, confirmed.status());
        assertEquals(LocalDate.parse("2026-11-29"), confirmed.expectedDeliveryDate());

        bus.publish(new DeliveryConfirmed(orderId, ConfirmedBy.CARRIER, "delivered to recipient", Instant.now()));
        awaitStatus(orderId, "DELIVERED");

        given().contentType(ContentType.JSON).body(Map.of("condition", "GOOD", "comment", "thanks"))
                .post("/orders/{id}/delivery-confirmation", orderId)
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        assertEquals(ConfirmedBy.CUSTOMER, bus.await(DeliveryConfirmed.class, orderId,
                confirmation -> confirmation.confirmedBy() == ConfirmedBy.CUSTOMER).confirmedBy());
        bus.await(OrderCompleted.class, orderId);
        assertEquals(List.of("ORDER_DETAILS", "PACKING_SLIP", "INVOICE", "LABEL"),
                bus.await(OrderDocumentsFiled.class, orderId).documents());
        given().get("/orders/{id}/documents", orderId).then().statusCode(200)
                .body("kind", contains("ORDER_DETAILS", "PACKING_SLIP", "INVOICE", "LABEL"))
                .body("[2].content", org.hamcrest.Matchers.containsString("Total: 10.71 EUR"))
                .body("[0].content", org.hamcrest.Matchers.containsString("Alles Gute 🎉 — für dich"));

        List<String> statusChanges = bus.eventsOf(orderId).stream()
                .filter(event -> event.type().equals("OrderStatusChanged"))
                .map(event -> event.data().get("to").asText()).toList();
        assertEquals(List.of("AVAILABILITY_VERIFIED", "VERIFIED", "ALLOCATED", "INVOICED", "READY_FOR_SHIPMENT",
                "SHIPMENT_APPROVED", "SHIPPED", "DELIVERED", "COMPLETED"), statusChanges);
        List<String> steps = steps(orderId);
        assertEquals("order received", steps.get(0));
        assertEquals("order documents filed", steps.get(steps.size() - 1));
        assertTrue(steps.contains("customer notified"), steps.toString());
        assertTrue(steps.indexOf("tracking updated") < steps.indexOf("tracking update confirmed"), steps.toString());
    }

    @Test
    void aPersonApprovesTheOrderVerificationThroughTheApi() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId, "ORDER_VERIFICATION");
        given().get("/approvals/{id}", taskId).then().statusCode(200)
                .body("submitted.lines[0].quantity", equalTo(11));

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "alice", "reason", "known customer"))
                .post("/approvals/{id}/approve", taskId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("alice"));

        OrderVerificationApproved approved = bus.await(OrderVerificationApproved.class, orderId);
        assertEquals("alice", approved.decision().decidedBy());
        assertEquals("known customer", approved.decision().reason());
        assertEquals(taskId, approved.decision().approvalId());
        awaitStatus(orderId, "VERIFIED");
        given().get("/orders/{id}", orderId).then()
                .body("timeline.cause", hasItem("approval:ORDER_VERIFICATION by alice"));

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "bob", "reason", "second thoughts"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aRejectedVerificationCancelsTheOrder() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId, "ORDER_VERIFICATION");

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "bob"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(400)
                .body("violations.field", contains("reason"));
        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "bob", "reason", "suspected fraud"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(200).body("status", equalTo("REJECTED"));

        assertEquals("bob", bus.await(OrderVerificationRejected.class, orderId).decision().decidedBy());
        OrderCancelled cancelled = bus.await(OrderCancelled.class, orderId);
        assertEquals("approval:ORDER_VERIFICATION", cancelled.cancelledBy());
        assertEquals(OrderStatus.AVAILABILITY_VERIFIED, cancelled.cancelledAt());
        assertEquals("suspected fraud", cancelled.reason());
        awaitStatus(orderId, "CANCELLED");

        // a late event about a cancelled order is kept in the timeline and changes nothing else
        bus.publish(allocated(orderId));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(
                steps(orderId).contains("stock allocated (order cancelled: nothing changed)")));
        assertEquals("CANCELLED", status(orderId));
    }

    @Test
    void aRejectedShipmentCancelsTheOrder() {
        String orderId = verifiedOrder(bus, "SAME_DAY");
        OrderTestData.readyForShipment(bus, orderId);
        bus.publish(OrderTestData.transport(orderId, ShippingMethod.SAME_DAY));
        String taskId = pendingTask(orderId, "SHIPMENT_DETAILS");
        given().get("/approvals/{id}", taskId).then().body("submitted.status", equalTo("READY_FOR_SHIPMENT"))
                .body("submitted.transport.carrier", equalTo("DHL"))
                .body("submitted.label.trackingNumber", equalTo("TRK-" + orderId.substring(0, 8)));

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "carol", "reason", "no courier today"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(200);

        bus.await(ShipmentRejected.class, orderId);
        OrderCancelled cancelled = bus.await(OrderCancelled.class, orderId);
        assertEquals("approval:SHIPMENT_DETAILS", cancelled.cancelledBy());
        assertEquals(OrderStatus.READY_FOR_SHIPMENT, cancelled.cancelledAt());
    }

    @Test
    void aPersonApprovesASameDayShipment() {
        String orderId = verifiedOrder(bus, "SAME_DAY");
        OrderTestData.readyForShipment(bus, orderId);
        bus.publish(OrderTestData.transport(orderId, ShippingMethod.SAME_DAY));
        String taskId = pendingTask(orderId, "SHIPMENT_DETAILS");
        assertEquals("READY_FOR_SHIPMENT", status(orderId));

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "erin"))
                .post("/approvals/{id}/approve", taskId).then().statusCode(200);

        assertEquals("erin", bus.await(ShipmentApproved.class, orderId).decision().decidedBy());
        awaitStatus(orderId, "SHIPMENT_APPROVED");
        given().get("/orders/{id}", orderId).then().statusCode(200)
                .body("expectedDeliveryDate", equalTo("2026-11-30"));
    }

    @Test
    void aTaskOfACancelledOrderCanNoLongerBeDecided() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId, "ORDER_VERIFICATION");
        given().contentType(ContentType.JSON).body(Map.of("reason", "found it cheaper"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "alice"))
                .post("/approvals/{id}/approve", taskId).then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/approvals/{id}", taskId).then().body("status", equalTo("PENDING"));
        given().get("/approvals/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aDelayedTrackingUpdateWaitsForAPersonWhoMayKeepItFromTheCustomer() {
        String orderId = shippedOrder(bus);
        String updateId = UUID.randomUUID().toString();
        TrackingUpdated delayed = trackingUpdate(orderId, updateId, DeliveryState.DELAYED);
        bus.publish(delayed);
        bus.publish(delayed);
        String taskId = pendingTask(orderId, "TRACKING_CONFIRMATION");

        given().contentType(ContentType.JSON).body(Map.of("decidedBy", "dave", "reason", "carrier mixed up parcels"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(200);

        assertEquals(updateId, bus.await(TrackingConfirmationRejected.class, orderId).trackingUpdateId());
        given().queryParam("orderId", orderId).queryParam("gate", "TRACKING_CONFIRMATION").get("/approvals")
                .then().body("size()", equalTo(1));
        assertEquals("SHIPPED", status(orderId));
    }

    @Test
    void anOrderCannotBeCancelledOnceShipped() {
        String orderId = shippedOrder(bus);

        given().contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));
        assertEquals("SHIPPED", status(orderId));
    }

    @Test
    void aDeliveryIssueIsRecordedAndTheOrderStaysOpen() {
        String orderId = shippedOrder(bus);

        given().contentType(ContentType.JSON).body(Map.of("condition", "DAMAGED", "comment", "box crushed"))
                .post("/orders/{id}/delivery-confirmation", orderId).then().statusCode(202)
                .body("status", equalTo("SHIPPED"))
                .body("timeline.step", hasItem("delivery issue reported"))
                .body("timeline.detail", hasItem("DAMAGED: box crushed"));
        given().get("/orders/{id}/documents", orderId).then().body("size()", equalTo(0));
    }

    @Test
    void anOrderShortOfStockWaitsAndResumesWhenStockIsVerified() {
        String orderId = place(orderBody(uniqueEmail(), "STANDARD", 2));
        bus.publish(new StockUnavailable(orderId, List.of(new StockShortage("MUG-RED", 2, 0,
                LocalDate.parse("2026-12-10"), List.of("MUG-BLUE")))));
        awaitStatus(orderId, "AWAITING_STOCK");
        given().get("/orders/{id}", orderId).then().body("timeline.detail", hasItem(
                "MUG-RED: 2 requested, 0 available, restock expected 2026-12-10, alternatives MUG-BLUE"));

        bus.publish(new StockVerified(orderId, lines(2)));
        awaitStatus(orderId, "VERIFIED");
    }

    @Test
    void theSameEnvelopeTwiceAndTheSameFactTwiceChangeNothingTwice() {
        String orderId = verifiedOrder(bus, "STANDARD");
        EventEnvelope allocation = bus.publish(allocated(orderId));
        bus.publish(allocation);
        // a business duplicate: same meaning, new event id
        bus.publish(allocated(orderId));
        String marker = UUID.randomUUID().toString();
        bus.publish(new CustomerNotified(orderId, marker, "MARKER", NotificationChannel.PORTAL, "ann", true,
                Instant.now()));

        // one order's events are handled in order: once the marker is in, every allocation before it was handled
        await().atMost(WAIT).untilAsserted(() -> given().get("/orders/{id}", orderId).then()
                .body("timeline.detail", hasItem("MARKER via PORTAL to ann: delivered")));
        assertEquals(1, steps(orderId).stream().filter("stock allocated"::equals).count());
        // the outbox relays in order: once the cancellation is on the topic, every earlier status change is too
        given().contentType(ContentType.JSON).body(Map.of("reason", "test over")).post("/orders/{id}/cancel", orderId)
                .then().statusCode(200);
        bus.await(OrderCancelled.class, orderId);
        assertEquals(1, bus.eventsOf(orderId).stream().filter(event -> event.type().equals("OrderStatusChanged")
                && event.data().get("to").asText().equals("ALLOCATED")).count());
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextEventIsStillProcessed() {
        String orderId = place(orderBody(uniqueEmail(), "STANDARD", 2));
        bus.publishRaw(orderId, "{ this is not a CloudEvent");

        assertTrue(bus.awaitDeadLetter(orderId).contains("not a CloudEvent"));
        bus.publish(new StockVerified(orderId, lines(2)));
        awaitStatus(orderId, "VERIFIED");
    }

    @Test
    void anEventAboutAnUnknownOrderIsDeadLettered() {
        String unknown = UUID.randomUUID().toString();
        bus.publish(new StockVerified(unknown, lines(1)));

        assertTrue(bus.awaitDeadLetter(unknown).contains("unknown"));
    }

    private static String largeOrderAwaitingVerification() {
        String orderId = place(orderBody(uniqueEmail(), "STANDARD", 11));
        bus.publish(new StockVerified(orderId, lines(11)));
        awaitStatus(orderId, "AVAILABILITY_VERIFIED");
        return orderId;
    }

    private static String pendingTask(String orderId, String gate) {
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("status", "PENDING")
                .queryParam("orderId", orderId).queryParam("gate", gate).get("/approvals")
                .then().statusCode(200).body("size()", equalTo(1)));
        return given().queryParam("status", "PENDING").queryParam("orderId", orderId).queryParam("gate", gate)
                .get("/approvals").then().extract().path("[0].id");
    }

    private static TrackingUpdated trackingUpdate(String orderId, String updateId, DeliveryState state) {
        return new TrackingUpdated(orderId, updateId, "DHL", "TRK-" + orderId.substring(0, 8),
                TrackingStatus.OUT_FOR_DELIVERY, state, "out for delivery", "Berlin", Instant.now(),
                LocalDate.parse("2026-11-29"));
    }
}
