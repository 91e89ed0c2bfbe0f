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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.DeliveryIssueReported;
import com.example.fulfillment.events.InvoiceVoided;
import com.example.fulfillment.events.OrderAmended;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.RefundIssued;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.ShipmentCancelled;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.StockReleased;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderDocumentsFiled;
import com.example.fulfillment.events.OrderReadyForShipment;
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
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.order.OrderTestData;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * order-service's side of the saga: the other services' events are published to the real broker, and what
 * order-service publishes is read back from it. The test profile sets every gate to RULE, so small STANDARD
 * orders with on-time updates pass by policy, and large, same-day or delayed ones wait for a person.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
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
                // billing's PDF is served at its href (OrderDossierTest); the listing shows only text papers inline
                .body("[2].mediaType", equalTo("application/pdf")).body("[2].content", nullValue())
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
    void readinessForShipmentIsAnnouncedAsAFactOfItsOwnRightAfterTheStatusChange() {
        String orderId = verifiedOrder(bus, "STANDARD");
        OrderTestData.readyForShipment(bus, orderId);

        OrderReadyForShipment ready = bus.await(OrderReadyForShipment.class, orderId);
        OrderStatusChanged changed = bus.await(OrderStatusChanged.class, orderId,
                change -> change.to() == OrderStatus.READY_FOR_SHIPMENT);
        assertEquals(changed.changedAt(), ready.readyAt());
        List<String> published = bus.eventsOf(orderId).stream().filter(event -> "/order-service".equals(event.source()))
                .map(event -> event.type().equals("OrderStatusChanged") ? "to " + event.data().get("to").asText()
                        : event.type())
                .toList();
        assertEquals("OrderReadyForShipment", published.get(published.indexOf("to READY_FOR_SHIPMENT") + 1),
                published.toString());
        assertEquals(1, published.stream().filter("OrderReadyForShipment"::equals).count(), published.toString());
    }

    @Test
    void eachStatusReachedIsTimedFromTheOrdersReceiptForTheMetrics() {
        String orderId = verifiedOrder(bus, "STANDARD");
        OrderTestData.readyForShipment(bus, orderId);
        bus.await(OrderReadyForShipment.class, orderId);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String status : List.of("AVAILABILITY_VERIFIED", "READY_FOR_SHIPMENT")) {
            assertTrue(metrics.contains("fulfillment_order_step_seconds_count{status=\"" + status + "\"}"),
                    status + " in:\n" + metrics.lines().filter(line -> line.contains("order_step")).toList());
        }
        assertTrue(metrics.contains("fulfillment_order_step_seconds_bucket{status=\"READY_FOR_SHIPMENT\""));
    }

    @Test
    void aPersonApprovesTheOrderVerificationThroughTheApi() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId, "ORDER_VERIFICATION");
        given().get("/approvals/{id}", taskId).then().statusCode(200)
                .body("submitted.lines[0].quantity", equalTo(11));

        given().contentType(ContentType.JSON).body(Map.of("reason", "known customer"))
                .post("/approvals/{id}/approve", taskId).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("grace"));

        OrderVerificationApproved approved = bus.await(OrderVerificationApproved.class, orderId);
        assertEquals("grace", approved.decision().decidedBy());
        assertEquals("known customer", approved.decision().reason());
        assertEquals(taskId, approved.decision().approvalId());
        awaitStatus(orderId, "VERIFIED");
        given().get("/orders/{id}", orderId).then()
                .body("timeline.cause", hasItem("approval:ORDER_VERIFICATION by grace"));

        given().contentType(ContentType.JSON).body(Map.of("reason", "second thoughts"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void twoPeopleDecidingOneTaskAtOnceGetOneDecisionAndAClearRefusal() throws Exception {
        for (int round = 0; round < 3; round++) {
            String orderId = largeOrderAwaitingVerification();
            String taskId = pendingTask(orderId, "ORDER_VERIFICATION");
            ExecutorService people = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                Future<ExtractableResponse<Response>> alice = people.submit(() -> decide(start, taskId, "approve", "alice"));
                Future<ExtractableResponse<Response>> bob = people.submit(() -> decide(start, taskId, "reject", "bob"));
                start.countDown();
                List<ExtractableResponse<Response>> answers = List.of(alice.get(60, TimeUnit.SECONDS),
                        bob.get(60, TimeUnit.SECONDS));

                List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).sorted().toList();
                assertEquals(List.of(200, 409), statuses, answers.stream().map(ExtractableResponse::asString).toList()
                        .toString());
                ExtractableResponse<Response> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst()
                        .orElseThrow();
                assertTrue(refused.<String>path("detail").contains("was already"), refused.asString());
                String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                        .path("decidedBy");
                given().get("/approvals/{id}", taskId).then().body("decidedBy", equalTo(winner));
                assertEquals(1, steps(orderId).stream().filter(step -> step.startsWith("order verification"))
                        .count(), steps(orderId).toString());
            } finally {
                people.shutdownNow();
            }
        }
    }

    private static ExtractableResponse<Response> decide(CountDownLatch start, String taskId, String decision,
            String person) throws InterruptedException {
        start.await();
        return given().contentType(ContentType.JSON).body(Map.of("reason", "looked at it"))
                .post("/approvals/{id}/" + decision, taskId).then().extract();
    }

    @Test
    void aRejectedVerificationCancelsTheOrder() {
        String orderId = largeOrderAwaitingVerification();
        String taskId = pendingTask(orderId, "ORDER_VERIFICATION");

        given().contentType(ContentType.JSON).body(Map.of())
                .post("/approvals/{id}/reject", taskId).then().statusCode(400)
                .body("violations.field", contains("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "suspected fraud"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(200).body("status", equalTo("REJECTED"));

        assertEquals("grace", bus.await(OrderVerificationRejected.class, orderId).decision().decidedBy());
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

        given().contentType(ContentType.JSON).body(Map.of("reason", "no courier today"))
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

        given().contentType(ContentType.JSON).body(Map.of())
                .post("/approvals/{id}/approve", taskId).then().statusCode(200);

        assertEquals("grace", bus.await(ShipmentApproved.class, orderId).decision().decidedBy());
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

        given().contentType(ContentType.JSON).body(Map.of())
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

        given().contentType(ContentType.JSON).body(Map.of("reason", "carrier mixed up parcels"))
                .post("/approvals/{id}/reject", taskId).then().statusCode(200);

        assertEquals(updateId, bus.await(TrackingConfirmationRejected.class, orderId).trackingUpdateId());
        given().queryParam("orderId", orderId).queryParam("gate", "TRACKING_CONFIRMATION").get("/approvals")
                .then().body("items.size()", equalTo(1));
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
    void aDeliveryIssueWaitsForOpsWhoRefundIt() {
        String orderId = shippedOrder(bus);

        given().contentType(ContentType.JSON).body(Map.of("condition", "DAMAGED", "comment", "box crushed"))
                .post("/orders/{id}/delivery-confirmation", orderId).then().statusCode(202)
                .body("status", equalTo("DELIVERY_ISSUE"))
                .body("timeline.step", hasItem("delivery issue reported"))
                .body("timeline.detail", hasItem("DAMAGED: box crushed"));
        assertEquals(new DeliveryIssueReported(orderId, "DAMAGED", "box crushed"),
                bus.await(DeliveryIssueReported.class, orderId));
        given().get("/orders/{id}/documents", orderId).then().body("size()", equalTo(0));

        // the carrier's own "delivered" does not overrule the customer: the order stays with ops
        bus.publish(new DeliveryConfirmed(orderId, ConfirmedBy.CARRIER, "delivered to recipient", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(steps(orderId).contains("carrier confirmed delivery")));
        assertEquals("DELIVERY_ISSUE", status(orderId));

        given().contentType(ContentType.JSON).body(Map.of("reason", "customer prefers money"))
                .post("/orders/{id}/refund", orderId).then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refund", nullValue());
        assertEquals(new OrderRefunded(orderId, "grace", "customer prefers money"),
                bus.await(OrderRefunded.class, orderId));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/orders/{id}/reship", orderId).then().statusCode(409).contentType("application/problem+json");

        RefundIssued refund = new RefundIssued(orderId, "INV-" + orderId.substring(0, 8), "CN-" + orderId.substring(0, 8),
                "EUR", new BigDecimal("10.71"));
        bus.publish(refund);
        bus.publish(refund);
        await().atMost(WAIT).untilAsserted(() -> given().get("/orders/{id}", orderId).then()
                .body("refund.creditNoteNumber", equalTo("CN-" + orderId.substring(0, 8)))
                .body("refund.amount", equalTo(10.71f)).body("refund.currency", equalTo("EUR")));
        assertEquals("REFUNDED", status(orderId));
        markerHandled(orderId);
        assertEquals(1, steps(orderId).stream().filter("refund issued"::equals).count());
    }

    @Test
    void aFailedDeliveryIsReshippedThroughTheShipmentGateAgain() {
        String orderId = shippedOrder(bus);
        String firstTracking = "TRK-" + orderId.substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/orders/{id}/reship", orderId).then().statusCode(409).contentType("application/problem+json");

        bus.publish(tracking(orderId, TrackingStatus.ATTEMPT_FAILED, DeliveryState.DELAYED, firstTracking));
        await().atMost(WAIT).untilAsserted(() -> given().get("/orders/{id}", orderId).then()
                .body("timeline.detail", hasItem(org.hamcrest.Matchers.startsWith("ATTEMPT_FAILED / DELAYED"))));
        assertEquals("SHIPPED", status(orderId));

        bus.publish(tracking(orderId, TrackingStatus.RETURNED_TO_SENDER, DeliveryState.ISSUE, firstTracking));
        awaitStatus(orderId, "DELIVERY_FAILED");
        bus.publish(new ShipmentReturned(orderId, firstTracking, lines(2)));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(steps(orderId).contains("shipment returned")));
        // the customer is told only through gate A3, which a person decides for an ISSUE update
        given().queryParam("status", "PENDING").queryParam("orderId", orderId)
                .queryParam("gate", "TRACKING_CONFIRMATION").get("/approvals").then().body("items.size()", equalTo(2));

        given().contentType(ContentType.JSON).body(Map.of("reason", "address confirmed"))
                .post("/orders/{id}/reship", orderId).then().statusCode(200).body("status", equalTo("RESHIPPING"));
        ReshipmentRequested reshipment = bus.await(ReshipmentRequested.class, orderId);
        assertEquals(new ReshipmentRequested(orderId, lines(2), "grace", "address confirmed"), reshipment);

        // shipping packs and labels the replacement; its package id may even be the same as the first one's
        bus.publish(OrderTestData.packed(orderId));
        String secondTracking = "TRK2-" + orderId.substring(0, 8);
        bus.publish(new ShippingLabelCreated(orderId, "DHL", secondTracking,
                new Address("Ann Example", "Main St 1", "Berlin", "10115", null, "DE"),
                new Document("LABEL", "Shipping label", "text/plain", "DHL " + secondTracking)));
        awaitStatus(orderId, "READY_FOR_SHIPMENT");
        // a late repeat of the returned parcel's label relabels nothing
        bus.publish(OrderTestData.labelled(orderId));
        given().contentType(ContentType.JSON).body(Map.of("reason", "changed my mind"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(409).contentType("application/problem+json");
        // a late repeat of the first parcel's transport must not open the gate for the second parcel
        bus.publish(OrderTestData.transport(orderId, ShippingMethod.STANDARD));
        bus.publish(new TransportArranged(orderId, "DHL", "Paket", ShippingMethod.STANDARD, secondTracking,
                Instant.parse("2026-12-02T09:00:00Z"), LocalDate.parse("2026-12-03")));
        awaitStatus(orderId, "SHIPMENT_APPROVED");
        given().queryParam("orderId", orderId).queryParam("gate", "SHIPMENT_DETAILS").get("/approvals").then()
                .body("items.size()", equalTo(2))
                .body("items[1].submitted.label.trackingNumber", equalTo(secondTracking));

        // the first parcel's handover repeated is history; the second parcel's moves the order
        bus.publish(OrderTestData.shipped(orderId));
        bus.publish(new Shipped(orderId, "DHL", secondTracking, Instant.parse("2026-12-02T09:30:00Z"),
                LocalDate.parse("2026-12-03"), List.of("LABEL", "INVOICE")));
        awaitStatus(orderId, "SHIPPED");
        given().get("/orders/{id}", orderId).then().body("trackingNumber", equalTo(secondTracking))
                .body("expectedDeliveryDate", equalTo("2026-12-03"));

        // news about the replaced parcel does not fail the new one
        bus.publish(tracking(orderId, TrackingStatus.DELIVERY_FAILED, DeliveryState.ISSUE, firstTracking));
        markerHandled(orderId);
        assertEquals("SHIPPED", status(orderId));
        await().atMost(WAIT).untilAsserted(() -> {
            List<String> statusChanges = bus.eventsOf(orderId).stream()
                    .filter(event -> event.type().equals("OrderStatusChanged"))
                    .map(event -> event.data().get("to").asText()).toList();
            assertEquals(List.of("AVAILABILITY_VERIFIED", "VERIFIED", "ALLOCATED", "INVOICED", "READY_FOR_SHIPMENT",
                    "SHIPMENT_APPROVED", "SHIPPED", "DELIVERY_FAILED", "RESHIPPING", "READY_FOR_SHIPMENT",
                    "SHIPMENT_APPROVED", "SHIPPED"), statusChanges);
        });

        // the dossier files the papers of the parcel that reached the customer
        given().contentType(ContentType.JSON).body(Map.of("condition", "GOOD"))
                .post("/orders/{id}/delivery-confirmation", orderId).then().statusCode(200);
        given().get("/orders/{id}/documents", orderId).then().statusCode(200)
                .body("find { it.kind == 'LABEL' }.content", equalTo("DHL " + secondTracking));
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
    void aCustomerTakesAnOfferedAlternativeAndTheOrderIsVerifiedAgain() {
        String orderId = shortOfStock();
        given().get("/orders/{id}", orderId).then().body("shortages[0].sku", equalTo("MUG-RED"))
                .body("shortages[0].expectedRestockDate", equalTo("2026-12-10"))
                .body("shortages[0].alternativeSkus", contains("MUG-BLUE", "MUG-GREEN"));

        stockChoice(orderId, Map.of("choice", "ALTERNATIVE", "replacements",
                List.of(Map.of("sku", "MUG-RED", "alternativeSku", "MUG-PINK")))).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("replacements[0].alternativeSku"));
        stockChoice(orderId, Map.of("choice", "ALTERNATIVE", "replacements",
                List.of(Map.of("sku", "TEE-1", "alternativeSku", "MUG-BLUE")))).statusCode(400)
                .body("violations.field", contains("replacements[0].sku"));
        stockChoice(orderId, Map.of("choice", "ALTERNATIVE")).statusCode(400)
                .body("violations.field", contains("replacements"));

        stockChoice(orderId, Map.of("choice", "ALTERNATIVE", "replacements",
                List.of(Map.of("sku", "MUG-RED", "alternativeSku", "MUG-GREEN")))).statusCode(200)
                .body("status", equalTo("AWAITING_STOCK")).body("lines[0].sku", equalTo("MUG-GREEN"))
                .body("lines[0].quantity", equalTo(2)).body("timeline.step", hasItem("order amended"));
        OrderAmended amended = bus.await(OrderAmended.class, orderId);
        assertEquals(List.of(new OrderLine("MUG-GREEN", 2)), amended.lines());
        assertEquals("customer took MUG-GREEN instead of MUG-RED", amended.reason());

        bus.publish(new StockVerified(orderId, List.of(new OrderLine("MUG-GREEN", 2))));
        awaitStatus(orderId, "VERIFIED");
        given().get("/orders/{id}", orderId).then().body("shortages.size()", equalTo(0));
        assertEquals(List.of(new OrderLine("MUG-GREEN", 2)), bus.await(OrderVerificationApproved.class, orderId).lines());
        stockChoice(orderId, Map.of("choice", "WAIT")).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aCustomerWaitsForTheRestockOrCancels() {
        String waiting = shortOfStock();
        stockChoice(waiting, Map.of("choice", "WAIT")).statusCode(200).body("status", equalTo("AWAITING_STOCK"))
                .body("timeline.step", hasItem("customer waits for restock"))
                .body("timeline.detail", hasItem("expected 2026-12-10"));
        // inventory resumes the order by itself once the stock is received
        bus.publish(new StockVerified(waiting, lines(2)));
        awaitStatus(waiting, "VERIFIED");

        String cancelling = shortOfStock();
        stockChoice(cancelling, Map.of("choice", "CANCEL")).statusCode(200).body("status", equalTo("CANCELLED"));
        OrderCancelled cancelled = bus.await(OrderCancelled.class, cancelling);
        assertEquals("grace", cancelled.cancelledBy());
        assertEquals(OrderStatus.AWAITING_STOCK, cancelled.cancelledAt());
        stockChoice(cancelling, Map.of("choice", "TELEPORT")).statusCode(400)
                .body("violations.field", contains("choice"));
    }

    @Test
    void aCancelAfterInvoicingShowsEveryServiceUndoingItsPart() {
        String orderId = verifiedOrder(bus, "STANDARD");
        bus.publish(allocated(orderId));
        bus.publish(OrderTestData.invoice(orderId));
        awaitStatus(orderId, "INVOICED");
        given().contentType(ContentType.JSON).body(Map.of("reason", "found it cheaper"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(200);
        assertEquals(OrderStatus.INVOICED, bus.await(OrderCancelled.class, orderId).cancelledAt());

        String invoiceNumber = "INV-" + orderId.substring(0, 8);
        bus.publish(new StockReleased(orderId, "order cancelled"));
        bus.publish(new InvoiceVoided(orderId, invoiceNumber, "order cancelled"));
        bus.publish(new InvoiceVoided(orderId, invoiceNumber, "order cancelled"));
        bus.publish(new ShipmentCancelled(orderId, null, "order cancelled before packing"));
        markerHandled(orderId);

        List<String> steps = steps(orderId);
        assertTrue(steps.containsAll(List.of("stock released", "invoice voided", "shipment cancelled")), steps.toString());
        assertEquals(1, steps.stream().filter("invoice voided"::equals).count());
        given().get("/orders/{id}", orderId).then().body("status", equalTo("CANCELLED"))
                .body("timeline.detail", hasItem(invoiceNumber + ": order cancelled"))
                .body("timeline.detail", hasItem("no label yet: order cancelled before packing"));
    }

    @Test
    void aCancelAfterAllocationShowsTheReleaseAndTheCalledOffShipment() {
        String orderId = verifiedOrder(bus, "STANDARD");
        bus.publish(allocated(orderId));
        awaitStatus(orderId, "ALLOCATED");
        given().contentType(ContentType.JSON).body(Map.of()).post("/orders/{id}/cancel", orderId).then()
                .statusCode(200);
        assertEquals(OrderStatus.ALLOCATED, bus.await(OrderCancelled.class, orderId).cancelledAt());

        bus.publish(new StockReleased(orderId, "reservation of 2 x MUG-RED released"));
        bus.publish(new ShipmentCancelled(orderId, null, "order cancelled"));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(
                steps(orderId).containsAll(List.of("stock released", "shipment cancelled")), steps(orderId).toString()));
        given().get("/orders/{id}", orderId).then()
                .body("timeline.detail", hasItem("reservation of 2 x MUG-RED released"));
    }

    @Test
    void aShortageReportRepeatedWhileTheOrderWaitsIsRecordedOnceAndAChangedOneAgain() {
        String orderId = shortOfStock();
        StockUnavailable again = new StockUnavailable(orderId, List.of(new StockShortage("MUG-RED", 2, 1,
                LocalDate.parse("2026-12-10"), List.of("MUG-BLUE", "MUG-GREEN"))));
        bus.publish(again);
        bus.publish(again);
        bus.publish(new StockUnavailable(orderId, List.of(new StockShortage("MUG-RED", 2, 0,
                LocalDate.parse("2026-12-12"), List.of("MUG-BLUE")))));
        markerHandled(orderId);

        List<String> steps = steps(orderId);
        assertEquals(1, steps.stream().filter("awaiting stock"::equals).count(), steps.toString());
        assertEquals(2, steps.stream().filter("stock unavailable"::equals).count(), steps.toString());
        assertEquals("AWAITING_STOCK", status(orderId));
    }

    @Test
    void aReleaseAndACalledOffShipmentRepeatedUnderNewEventIdsAreRecordedOnce() {
        String orderId = verifiedOrder(bus, "STANDARD");
        bus.publish(allocated(orderId));
        awaitStatus(orderId, "ALLOCATED");
        given().contentType(ContentType.JSON).body(Map.of("reason", "changed my mind"))
                .post("/orders/{id}/cancel", orderId).then().statusCode(200);

        for (int i = 0; i < 2; i++) {
            bus.publish(new StockReleased(orderId, "order cancelled"));
            bus.publish(new ShipmentCancelled(orderId, null, "order cancelled"));
        }
        markerHandled(orderId);

        List<String> steps = steps(orderId);
        assertEquals(1, steps.stream().filter("stock released"::equals).count(), steps.toString());
        assertEquals(1, steps.stream().filter("shipment cancelled"::equals).count(), steps.toString());
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

    private static String shortOfStock() {
        String orderId = place(orderBody(uniqueEmail(), "STANDARD", 2));
        bus.publish(new StockUnavailable(orderId, List.of(new StockShortage("MUG-RED", 2, 1,
                LocalDate.parse("2026-12-10"), List.of("MUG-BLUE", "MUG-GREEN")))));
        awaitStatus(orderId, "AWAITING_STOCK");
        return orderId;
    }

    private static io.restassured.response.ValidatableResponse stockChoice(String orderId, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/orders/{id}/stock-choice", orderId).then();
    }

    /** One order's events are handled in order: once this marker is in the timeline, everything before it was. */
    private static void markerHandled(String orderId) {
        String marker = UUID.randomUUID().toString();
        bus.publish(new CustomerNotified(orderId, marker, "MARKER-" + marker, NotificationChannel.PORTAL, "ann", true,
                Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().get("/orders/{id}", orderId).then()
                .body("timeline.detail", hasItem("MARKER-" + marker + " via PORTAL to ann: delivered")));
    }

    private static TrackingUpdated tracking(String orderId, TrackingStatus status, DeliveryState state,
            String trackingNumber) {
        return new TrackingUpdated(orderId, UUID.randomUUID().toString(), "DHL", trackingNumber, status, state,
                status.name().toLowerCase(), "Berlin", Instant.now(), null);
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
                .then().statusCode(200).body("items.size()", equalTo(1)));
        return given().queryParam("status", "PENDING").queryParam("orderId", orderId).queryParam("gate", gate)
                .get("/approvals").then().extract().path("items[0].id");
    }

    private static TrackingUpdated trackingUpdate(String orderId, String updateId, DeliveryState state) {
        return new TrackingUpdated(orderId, updateId, "DHL", "TRK-" + orderId.substring(0, 8),
                TrackingStatus.OUT_FOR_DELIVERY, state, "out for delivery", "Berlin", Instant.now(),
                LocalDate.parse("2026-11-29"));
    }
}
