package com.example.fulfillment.inventory.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventCodec;
import com.example.fulfillment.eventbus.EventEnvelope;
import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.OrderAmended;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockReleased;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Decision;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.inventory.Products;
import com.example.fulfillment.inventory.domain.StockRequestState;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class InventorySagaTest {

    private static TestEventBus bus;

    @Inject
    StockRequestRepository requests;

    @BeforeAll
    static void connect() {
        bus = new TestEventBus();
    }

    @AfterAll
    static void disconnect() {
        bus.close();
    }

    @Test
    void anOrderWhoseLinesAreAllAvailableIsVerified() {
        String lamp = Products.create(freshCategory(), 3);
        String bulb = Products.create(freshCategory(), 10);
        String orderId = newOrderId();
        List<OrderLine> lines = List.of(new OrderLine(lamp, 2), new OrderLine(bulb, 10));

        bus.publish(received(orderId, lines));

        assertEquals(lines, bus.await(StockVerified.class, orderId).lines());
        Products.get(lamp).body("reserved", equalTo(0)).body("available", equalTo(3));
    }

    @Test
    void aShortOrderLearnsTheRestockDateAndTheAlternatives() {
        String category = freshCategory();
        String configuredButShort = Products.create(category, 1);
        String configured = Products.create(category, 4);
        String shortOne = Products.create(category, 1, LocalDate.of(2026, 12, 20), List.of(configuredButShort, configured));
        String shortWithoutAlternatives = Products.create(category, 0);
        String unknown = Products.freshSku("GHOST");
        String orderId = newOrderId();

        bus.publish(received(orderId, List.of(new OrderLine(shortOne, 3), new OrderLine(shortWithoutAlternatives, 2),
                new OrderLine(unknown, 1))));

        List<StockShortage> shortages = bus.await(StockUnavailable.class, orderId).shortages();
        assertEquals(new StockShortage(shortOne, 3, 1, LocalDate.of(2026, 12, 20), List.of(configured)), shortages.get(0));
        // nothing configured: the category's products that can serve 2, best stocked first
        assertEquals(new StockShortage(shortWithoutAlternatives, 2, 0, null, List.of(configured)), shortages.get(1));
        assertEquals(new StockShortage(unknown, 1, 0, null, List.of()), shortages.get(2));
        assertEquals(3, shortages.size());
    }

    @Test
    void anApprovedOrderIsAllocatedWithTheProductFacts() {
        String lamp = Products.create(freshCategory(), 5);
        String orderId = newOrderId();
        List<OrderLine> lines = List.of(new OrderLine(lamp, 2));
        bus.publish(received(orderId, lines));
        bus.await(StockVerified.class, orderId);

        bus.publish(approved(orderId, lines));

        AllocatedItem item = bus.await(StockAllocated.class, orderId).items().get(0);
        assertEquals(new AllocatedItem(lamp, "Product in " + categoryOf(lamp), categoryOf(lamp), 2, 350, 120, 90, 100,
                true), item);
        Products.get(lamp).body("onHand", equalTo(5)).body("reserved", equalTo(2)).body("available", equalTo(3));
        given().queryParam("orderId", orderId).when().get("/reservations").then().statusCode(200)
                .body("sku", contains(lamp)).body("quantity", contains(2)).body("status", contains("HELD"));
    }

    @Test
    void stockGoneShortBeforeApprovalReservesNothing() {
        String category = freshCategory();
        String lamp = Products.create(category, 2);
        String orderId = newOrderId();
        List<OrderLine> lines = List.of(new OrderLine(lamp, 2));
        bus.publish(received(orderId, lines));
        bus.await(StockVerified.class, orderId);
        Products.put(lamp, Products.body(category, 1)).statusCode(200);

        bus.publish(approved(orderId, lines));

        StockShortage shortage = bus.await(StockUnavailable.class, orderId).shortages().get(0);
        assertEquals(1, shortage.available());
        Products.get(lamp).body("reserved", equalTo(0));
        given().queryParam("orderId", orderId).when().get("/reservations").then().body("size()", equalTo(0));
    }

    @Test
    void cancellationReleasesTheReservation() {
        String lamp = Products.create(freshCategory(), 4);
        String orderId = allocatedOrder(lamp, 3);

        bus.publish(new OrderCancelled(orderId, OrderStatus.ALLOCATED, "customer changed their mind", "customer"));

        assertEquals("customer changed their mind", bus.await(StockReleased.class, orderId).reason());
        Products.get(lamp).body("onHand", equalTo(4)).body("reserved", equalTo(0));
        given().queryParam("orderId", orderId).when().get("/reservations").then().body("status", contains("RELEASED"));
    }

    @Test
    void shippedStockLeavesTheWarehouse() {
        String lamp = Products.create(freshCategory(), 4);
        String orderId = allocatedOrder(lamp, 3);

        bus.publish(shipped(orderId));

        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp)
                .body("onHand", equalTo(1)).body("reserved", equalTo(0)));
        given().queryParam("orderId", orderId).when().get("/reservations").then().body("status", contains("SHIPPED"));
    }

    @Test
    void aStockReceiptResumesTheWaitingOrdersItCanServeOldestFirst() {
        String lamp = Products.create(freshCategory(), 0);
        String older = newOrderId();
        String younger = newOrderId();
        bus.publish(received(older, List.of(new OrderLine(lamp, 2))));
        bus.await(StockUnavailable.class, older);
        bus.publish(received(younger, List.of(new OrderLine(lamp, 2))));
        bus.await(StockUnavailable.class, younger);

        given().contentType(ContentType.JSON).body(Map.of("quantity", 3, "note", "container 17"))
                .when().post("/products/{sku}/stock-receipts", lamp).then().statusCode(200).body("available", equalTo(3));

        assertEquals(List.of(new OrderLine(lamp, 2)), bus.await(StockVerified.class, older).lines());
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .when().post("/products/{sku}/stock-receipts", lamp).then().statusCode(200);
        bus.await(StockVerified.class, younger);
        assertEquals(1, bus.count(StockVerified.class, older, Duration.ofSeconds(1)));
    }

    @Test
    void theSameEventTwiceOrTheSameApprovalAgainReservesOnce() {
        String lamp = Products.create(freshCategory(), 10);
        String orderId = newOrderId();
        List<OrderLine> lines = List.of(new OrderLine(lamp, 2));
        bus.publish(received(orderId, lines));
        bus.await(StockVerified.class, orderId);

        EventEnvelope approval = bus.publish(approved(orderId, lines));
        bus.publish(approval);
        bus.publish(approved(orderId, lines));
        // one order's events are handled in order: once Shipped took effect, the repeats before it were handled
        bus.publish(shipped(orderId));

        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp)
                .body("onHand", equalTo(8)).body("reserved", equalTo(0)));
        given().queryParam("orderId", orderId).when().get("/reservations").then()
                .body("quantity", contains(2)).body("status", contains("SHIPPED"));
        assertEquals(1, bus.count(StockAllocated.class, orderId, Duration.ofSeconds(2)));
    }

    @Test
    void anOrderReceivedAgainIsAnsweredOnce() {
        String lamp = Products.create(freshCategory(), 5);
        String orderId = newOrderId();
        List<OrderLine> lines = List.of(new OrderLine(lamp, 1));

        bus.publish(received(orderId, lines));
        bus.publish(received(orderId, lines));
        // handled after both: its StockAllocated comes out after any answer to the repeat
        bus.publish(approved(orderId, lines));
        bus.await(StockAllocated.class, orderId);

        assertEquals(1, bus.count(StockVerified.class, orderId, Duration.ofSeconds(2)));
    }

    @Test
    void aCancelledWaitingOrderIsNotResumed() {
        String lamp = Products.create(freshCategory(), 0);
        String cancelled = newOrderId();
        bus.publish(received(cancelled, List.of(new OrderLine(lamp, 1))));
        bus.await(StockUnavailable.class, cancelled);
        bus.publish(new OrderCancelled(cancelled, OrderStatus.RECEIVED, "too slow", "customer"));
        await().atMost(TestEventBus.DEFAULT_TIMEOUT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> requests.findById(cancelled).getState()) == StockRequestState.CANCELLED);
        String stillWaiting = newOrderId();
        bus.publish(received(stillWaiting, List.of(new OrderLine(lamp, 1))));
        bus.await(StockUnavailable.class, stillWaiting);

        given().contentType(ContentType.JSON).body(Map.of("quantity", 5))
                .when().post("/products/{sku}/stock-receipts", lamp).then().statusCode(200);

        // both would have been verified in the same transaction, so the one outcome shows the other
        bus.await(StockVerified.class, stillWaiting);
        assertEquals(0, bus.count(StockVerified.class, cancelled, Duration.ofSeconds(1)));
        assertEquals(0, bus.count(StockReleased.class, cancelled, Duration.ZERO));
    }

    @Test
    void anEventRelayedByAnotherServiceWithItsCloudEventsHeadersIsProcessed() throws Exception {
        String lamp = Products.create(freshCategory(), 1);
        String orderId = newOrderId();
        ObjectMapper mapper = EventCodec.forEvents(new ObjectMapper().findAndRegisterModules());
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), "/order-service",
                "OrderReceived", orderId, OffsetDateTime.now(), "application/json",
                mapper.valueToTree(received(orderId, List.of(new OrderLine(lamp, 1)))));
        var config = ConfigProvider.getConfig();
        // the headers OutboxRelay sets: TestEventBus sends none, and the consumer must not trip over them
        ProducerRecord<String, String> record = new ProducerRecord<>(
                config.getValue("fulfillment.events.topic", String.class), orderId, mapper.writeValueAsString(envelope));
        record.headers().add("content-type", EventEnvelope.MEDIA_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "OrderReceived".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class)),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(10, TimeUnit.SECONDS);
        }

        bus.await(StockVerified.class, orderId);
    }

    @Test
    void aMalformedRecordIsDeadLetteredAndTheNextEventStillProcessed() {
        String key = newOrderId();
        bus.publishRaw(key, "{\"specversion\":\"1.0\", this is not json");

        bus.awaitDeadLetter(key);

        String lamp = Products.create(freshCategory(), 1);
        String orderId = newOrderId();
        bus.publish(received(orderId, List.of(new OrderLine(lamp, 1))));
        bus.await(StockVerified.class, orderId);
    }

    @Test
    void anApprovalOfAnOrderNeverReceivedIsDeadLettered() {
        String orderId = newOrderId();
        bus.publish(approved(orderId, List.of(new OrderLine(Products.freshSku("ANY"), 1))));

        String reason = bus.awaitDeadLetter(orderId);

        assertTrue(reason.contains("never received order " + orderId), reason);
    }

    @Test
    void anAmendedWaitingOrderIsVerifiedAgainAtOnceAndAllocatedWithItsNewLines() {
        String category = freshCategory();
        String shortOne = Products.create(category, 0);
        String alternative = Products.create(category, 5);
        String orderId = newOrderId();
        bus.publish(received(orderId, List.of(new OrderLine(shortOne, 2))));
        bus.await(StockUnavailable.class, orderId);

        List<OrderLine> amended = List.of(new OrderLine(alternative, 2));
        bus.publish(new OrderAmended(orderId, amended, "customer took an alternative"));

        assertEquals(amended, bus.await(StockVerified.class, orderId).lines());
        // an approval without lines allocates what inventory keeps for the order: the amended lines
        bus.publish(approved(orderId, List.of()));
        assertEquals(alternative, bus.await(StockAllocated.class, orderId).items().get(0).sku());
        Products.get(alternative).body("reserved", equalTo(2));
    }

    @Test
    void anAmendmentStillShortIsAnsweredWithItsShortagesAndARepeatedOneChangesNothing() {
        String category = freshCategory();
        String shortOne = Products.create(category, 0);
        String alsoShort = Products.create(category, 1, LocalDate.of(2027, 2, 1), List.of());
        String inStock = Products.create(category, 3);
        String orderId = newOrderId();
        bus.publish(received(orderId, List.of(new OrderLine(shortOne, 2))));
        bus.await(StockUnavailable.class, orderId);

        OrderAmended stillShort = new OrderAmended(orderId, List.of(new OrderLine(alsoShort, 2)), "other colour");
        bus.publish(stillShort);

        StockShortage shortage = bus.await(StockUnavailable.class, orderId,
                unavailable -> unavailable.shortages().get(0).sku().equals(alsoShort)).shortages().get(0);
        assertEquals(new StockShortage(alsoShort, 2, 1, LocalDate.of(2027, 2, 1), List.of(inStock)), shortage);
        bus.publish(stillShort);
        // handled after the repeat: once it is verified, the repeat was handled before it
        bus.publish(new OrderAmended(orderId, List.of(new OrderLine(inStock, 2)), "took the one in stock"));
        bus.await(StockVerified.class, orderId);
        assertEquals(2, bus.count(StockUnavailable.class, orderId, Duration.ZERO));
    }

    @Test
    void anAmendmentOfAnOrderNoLongerWaitingChangesNothing() {
        String category = freshCategory();
        String lamp = Products.create(category, 4);
        String other = Products.create(category, 4);
        String orderId = allocatedOrder(lamp, 2);

        bus.publish(new OrderAmended(orderId, List.of(new OrderLine(other, 1)), "too late"));
        // handled after the amendment: the order still ships what was allocated
        bus.publish(shipped(orderId));

        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp).body("onHand", equalTo(2)));
        Products.get(other).body("onHand", equalTo(4)).body("reserved", equalTo(0));
        assertEquals(1, bus.count(StockVerified.class, orderId, Duration.ZERO));
        assertEquals(0, bus.count(StockUnavailable.class, orderId, Duration.ZERO));
    }

    @Test
    void anAmendmentOfAnOrderNeverReceivedIsDeadLettered() {
        String orderId = newOrderId();
        bus.publish(new OrderAmended(orderId, List.of(new OrderLine(Products.freshSku("ANY"), 1)), "alternative"));

        assertTrue(bus.awaitDeadLetter(orderId).contains("never received order " + orderId));
    }

    @Test
    void returnedGoodsAreOnHandAgainAndServeAWaitingOrderOnce() {
        String lamp = Products.create(freshCategory(), 3);
        String orderId = allocatedOrder(lamp, 3);
        bus.publish(shipped(orderId));
        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp).body("onHand", equalTo(0)));
        String waiting = newOrderId();
        bus.publish(received(waiting, List.of(new OrderLine(lamp, 2))));
        bus.await(StockUnavailable.class, waiting);

        ShipmentReturned returned = new ShipmentReturned(orderId, "TRACK-" + orderId, List.of(new OrderLine(lamp, 3)));
        bus.publish(returned);

        bus.await(StockVerified.class, waiting);
        Products.get(lamp).body("onHand", equalTo(3)).body("reserved", equalTo(0));
        given().queryParam("orderId", orderId).when().get("/reservations").then().body("status", contains("RETURNED"));

        bus.publish(returned);
        // a short reshipment of the same order answers, so by then the repeated return was handled
        bus.publish(new ReshipmentRequested(orderId, List.of(new OrderLine(Products.freshSku("GHOST"), 1)), "ops",
                "marker"));
        bus.await(StockUnavailable.class, orderId);
        Products.get(lamp).body("onHand", equalTo(3));
        given().when().get("/products/{sku}/movements", lamp).then().statusCode(200)
                .body("cause", contains("RETURN", "SHIPMENT", "ALLOCATION", "MANUAL_SET"))
                .body("onHandDelta", contains(3, -3, 0, 3))
                .body("reservedDelta", contains(0, -3, 3, 0))
                .body("orderId[0]", equalTo(orderId));
    }

    @Test
    void aReshipmentReservesTheLinesAgainOnceAndTheNextShipmentTakesThem() {
        String lamp = Products.create(freshCategory(), 10);
        String orderId = allocatedOrder(lamp, 2);
        bus.publish(shipped(orderId));
        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp).body("onHand", equalTo(8)));

        ReshipmentRequested reship = new ReshipmentRequested(orderId, List.of(new OrderLine(lamp, 2)), "grace",
                "parcel lost");
        bus.publish(reship);
        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp).body("reserved", equalTo(2)));
        bus.publish(reship);
        // handled after the repeat: it takes out whatever is held for the order by then
        bus.publish(new Shipped(orderId, "DHL", "TRACK-2-" + orderId, Instant.now(), LocalDate.now().plusDays(2),
                List.of("label", "invoice")));

        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp)
                .body("onHand", equalTo(6)).body("reserved", equalTo(0)));
        given().queryParam("orderId", orderId).when().get("/reservations").then()
                .body("shipmentRound", contains(1, 2))
                .body("status", contains("SHIPPED", "SHIPPED"))
                .body("trackingNumber", contains("TRACK-" + orderId, "TRACK-2-" + orderId));
        // billing must not invoice the reshipment: it was never announced as an allocation
        assertEquals(1, bus.count(StockAllocated.class, orderId, Duration.ZERO));
    }

    @Test
    void aShortReshipmentReservesNothingAndSaysWhatIsShort() {
        String category = freshCategory();
        String lamp = Products.create(category, 3);
        String bulb = Products.create(category, 1);
        String orderId = allocatedOrder(lamp, 2);
        bus.publish(shipped(orderId));
        await().atMost(TestEventBus.DEFAULT_TIMEOUT).untilAsserted(() -> Products.get(lamp).body("onHand", equalTo(1)));

        bus.publish(new ReshipmentRequested(orderId, List.of(new OrderLine(bulb, 1), new OrderLine(lamp, 2)), "grace",
                "damaged in transit"));

        StockShortage shortage = bus.await(StockUnavailable.class, orderId).shortages().get(0);
        assertEquals(lamp, shortage.sku());
        assertEquals(1, shortage.available());
        Products.get(bulb).body("reserved", equalTo(0));
        Products.get(lamp).body("reserved", equalTo(0));
        given().queryParam("orderId", orderId).when().get("/reservations").then().body("status", contains("SHIPPED"));
    }

    private String allocatedOrder(String sku, int quantity) {
        String orderId = newOrderId();
        List<OrderLine> lines = List.of(new OrderLine(sku, quantity));
        bus.publish(received(orderId, lines));
        bus.await(StockVerified.class, orderId);
        bus.publish(approved(orderId, lines));
        bus.await(StockAllocated.class, orderId);
        return orderId;
    }

    private static OrderReceived received(String orderId, List<OrderLine> lines) {
        // inventory reads only the lines; the rest of the order is other services' business
        return new OrderReceived(orderId, null, null, ShippingMethod.STANDARD, lines, null, List.of(), null,
                Instant.now());
    }

    private static OrderVerificationApproved approved(String orderId, List<OrderLine> lines) {
        return new OrderVerificationApproved(orderId, lines,
                new Decision(UUID.randomUUID().toString(), "policy:automatic", "in stock", Instant.now()));
    }

    private static Shipped shipped(String orderId) {
        return new Shipped(orderId, "DHL", "TRACK-" + orderId, Instant.now(), LocalDate.now().plusDays(2),
                List.of("label", "invoice"));
    }

    private static String newOrderId() {
        return UUID.randomUUID().toString();
    }

    private static String freshCategory() {
        return Products.freshSku("category");
    }

    private static String categoryOf(String sku) {
        return Products.get(sku).extract().path("category");
    }
}
