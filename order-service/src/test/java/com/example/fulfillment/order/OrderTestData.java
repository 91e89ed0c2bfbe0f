package com.example.fulfillment.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.fulfillment.eventbus.testing.TestEventBus;
import com.example.fulfillment.events.InvoicePrepared;
import com.example.fulfillment.events.OrderPacked;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.events.ShippingLabelCreated;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.events.TransportArranged;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.InvoiceLine;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.ShippingMethod;

import io.restassured.http.ContentType;

/** Orders for the tests, and the other services' side of the saga, played through the real broker. */
public final class OrderTestData {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private OrderTestData() {
    }

    /** A valid order body; each test gets a customer of its own so that searches see only its orders. */
    public static Map<String, Object> orderBody(String email, String shippingMethod, int quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", Map.of("name", "Ann Example", "email", email, "phone", "+49 30 1234567"));
        body.put("shippingAddress", Map.of("recipient", "Ann Example", "street", "Main St 1", "city", "Berlin",
                "postalCode", "10115", "country", "DE"));
        body.put("shippingMethod", shippingMethod);
        List<Map<String, Object>> lines = new ArrayList<>();
        lines.add(Map.of("sku", "MUG-RED", "quantity", quantity));
        body.put("lines", lines);
        body.put("options", Map.of("specialPackaging", true, "giftWrap", true, "giftMessage", "Alles Gute 🎉 — für dich"));
        return body;
    }

    public static String uniqueEmail() {
        return "customer-" + UUID.randomUUID() + "@example.com";
    }

    public static String place(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/orders")
                .then().statusCode(201).extract().path("id");
    }

    public static String status(String orderId) {
        return given().get("/orders/{id}", orderId).then().statusCode(200).extract().path("status");
    }

    public static void awaitStatus(String orderId, String expected) {
        await().atMost(WAIT).untilAsserted(() -> assertEquals(expected, status(orderId)));
    }

    public static List<String> steps(String orderId) {
        return given().get("/orders/{id}", orderId).then().statusCode(200).extract().path("timeline.step");
    }

    public static List<OrderLine> lines(int quantity) {
        return List.of(new OrderLine("MUG-RED", quantity));
    }

    /** Places an order and plays inventory's part up to an approved verification (quantity within the A1 rule). */
    public static String verifiedOrder(TestEventBus bus, String shippingMethod) {
        String orderId = place(orderBody(uniqueEmail(), shippingMethod, 2));
        bus.await(OrderReceived.class, orderId);
        bus.publish(new StockVerified(orderId, lines(2)));
        awaitStatus(orderId, "VERIFIED");
        return orderId;
    }

    public static StockAllocated allocated(String orderId) {
        return new StockAllocated(orderId, List.of(new AllocatedItem("MUG-RED", "Red mug", "kitchen", 2, 350, 120,
                100, 100, true)));
    }

    public static String invoiceNumber(String orderId) {
        return "INV-" + orderId.substring(0, 8);
    }

    /** The invoice as billing announces it, with its PDF. */
    public static InvoicePrepared invoice(String orderId) {
        String number = invoiceNumber(orderId);
        return new InvoicePrepared(orderId, number, "EUR",
                List.of(new InvoiceLine("Red mug", "MUG-RED", 2, new BigDecimal("4.50"), new BigDecimal("9.00"))),
                new BigDecimal("9.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("1.71"),
                new BigDecimal("10.71"), Document.binary("INVOICE", "Invoice " + number, "application/pdf",
                        TestPdfs.printing("Invoice " + number, "2 x Red mug 9.00 EUR", "Total 10.71 EUR")));
    }

    /** The credit note billing sends with InvoiceVoided or RefundIssued. */
    public static Document creditNote(String creditNoteNumber) {
        return Document.binary("CREDIT_NOTE", "Credit note " + creditNoteNumber, "application/pdf",
                TestPdfs.printing("Credit note " + creditNoteNumber, "Credited to you -10.71 EUR"));
    }

    public static OrderPacked packed(String orderId) {
        return new OrderPacked(orderId, "PKG-" + orderId.substring(0, 8), "S", 800,
                List.of("bubble wrap", "cardboard box"),
                new Document("PACKING_SLIP", "Packing slip", "text/plain", "1 x Red mug, gift wrapped"));
    }

    public static ShippingLabelCreated labelled(String orderId) {
        return new ShippingLabelCreated(orderId, "DHL", "TRK-" + orderId.substring(0, 8),
                new Address("Ann Example", "Main St 1", "Berlin", "10115", null, "DE"),
                new Document("LABEL", "Shipping label", "text/plain", "DHL TRK-" + orderId.substring(0, 8)));
    }

    public static TransportArranged transport(String orderId, ShippingMethod method) {
        return new TransportArranged(orderId, "DHL", "Paket", method, "TRK-" + orderId.substring(0, 8),
                Instant.parse("2026-11-28T09:00:00Z"), LocalDate.parse("2026-11-30"));
    }

    public static Shipped shipped(String orderId) {
        return new Shipped(orderId, "DHL", "TRK-" + orderId.substring(0, 8), Instant.parse("2026-11-28T09:30:00Z"),
                LocalDate.parse("2026-11-30"), List.of("LABEL", "INVOICE"));
    }

    /** Plays inventory, billing and shipping up to the moment the order is READY_FOR_SHIPMENT. */
    public static void readyForShipment(TestEventBus bus, String orderId) {
        bus.publish(allocated(orderId));
        bus.publish(invoice(orderId));
        // shipping may label before it packs: the order must not care
        bus.publish(labelled(orderId));
        bus.publish(packed(orderId));
        awaitStatus(orderId, "READY_FOR_SHIPMENT");
    }

    /** Places an order and drives it to SHIPPED with every gate passing by rule. */
    public static String shippedOrder(TestEventBus bus) {
        String orderId = verifiedOrder(bus, "STANDARD");
        readyForShipment(bus, orderId);
        bus.publish(transport(orderId, ShippingMethod.STANDARD));
        awaitStatus(orderId, "SHIPMENT_APPROVED");
        bus.publish(shipped(orderId));
        awaitStatus(orderId, "SHIPPED");
        return orderId;
    }
}
