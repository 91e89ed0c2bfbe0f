package com.example.fulfillment.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * One order from the shop's POST /orders to COMPLETED, through the five running services and their REST APIs
 * alone: approvals on automatic, a carrier's webhooks, the customer's confirmation. E-mails go over real SMTP to
 * a GreenMail server in this JVM.
 */
class OrderJourneyIT {

    private static final Duration SAGA_STEP = Duration.ofSeconds(60);

    private static GreenMail smtp;
    private static RunningStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        stack = RunningStack.start(smtp.getSmtp().getPort(), Map.of());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anOrderTravelsFromCheckoutToAFiledCompletedOrder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String mug = "MUG-" + run;
        String tee = "TEE-" + run;
        String email = "ada-" + run.toLowerCase() + "@example.com";
        stockProduct(mug, "Stoneware mug", "kitchen", 10, 450, true);
        stockProduct(tee, "Cotton T-shirt", "apparel", 5, 200, false);
        price(mug, "12.50");
        price(tee, "20.00");

        String orderId = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "customer", Map.of("name", "Ada Lovelace", "email", email, "phone", "+4915112345678"),
                        "shippingAddress", Map.of("recipient", "Ada Lovelace", "street", "Unter den Linden 1",
                                "city", "Berlin", "postalCode", "10117", "country", "DE"),
                        "shippingMethod", "EXPRESS",
                        "lines", List.of(Map.of("sku", mug, "quantity", 2), Map.of("sku", tee, "quantity", 1)),
                        "options", Map.of("specialPackaging", false, "giftWrap", true,
                                "giftMessage", "Alles Gute, Ada! 🎁"),
                        "notificationChannels", List.of("EMAIL", "PORTAL")))
                .post(Service.ORDER.url() + "/orders")
                .then().statusCode(201)
                .extract().path("id");

        JsonPath shipped = awaitOrderStatus(orderId, "SHIPPED");
        String trackingNumber = shipped.getString("trackingNumber");
        String carrier = shipped.getString("carrier");
        assertTrue(trackingNumber != null && !trackingNumber.isBlank(), "a shipped order has a tracking number");

        // merchandise 2 x 12.50 + 20.00 = 45.00; fees: express 9.90 + gift wrap 3.50; German VAT 19 % of 58.40
        JsonPath invoice = given().get(Service.BILLING.url() + "/invoices/" + orderId)
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(new BigDecimal("69.50"), invoice.get("total"));
        assertEquals("EUR", invoice.getString("currency"));

        carrierReports(carrier, trackingNumber, "IN_TRANSIT", "Departed hub", "Leipzig");
        carrierReports(carrier, trackingNumber, "DELIVERED", "Delivered to recipient", "Berlin");
        awaitOrderStatus(orderId, "DELIVERED");

        given().contentType(ContentType.JSON)
                .body(Map.of("condition", "GOOD", "comment", "all in one piece"))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/delivery-confirmation")
                .then().statusCode(200);
        JsonPath completed = awaitOrderStatus(orderId, "COMPLETED");

        List<String> statuses = completed.getList("timeline.status");
        for (String status : List.of("RECEIVED", "AVAILABILITY_VERIFIED", "VERIFIED", "ALLOCATED", "INVOICED",
                "READY_FOR_SHIPMENT", "SHIPMENT_APPROVED", "SHIPPED", "DELIVERED", "COMPLETED")) {
            assertTrue(statuses.contains(status), "timeline shows " + status + ": " + statuses);
        }
        List<String> gates = given().queryParam("orderId", orderId).get(Service.ORDER.url() + "/approvals")
                .then().statusCode(200).extract().path("findAll { it.status == 'APPROVED' }.gate");
        assertTrue(gates.containsAll(List.of("ORDER_VERIFICATION", "SHIPMENT_DETAILS", "TRACKING_CONFIRMATION")),
                "every gate was passed: " + gates);

        await().atMost(SAGA_STEP).untilAsserted(() -> {
            List<String> kinds = given().get(Service.ORDER.url() + "/orders/" + orderId + "/documents")
                    .then().statusCode(200).extract().path("kind");
            assertTrue(kinds.size() >= 3, "the dossier is filed: " + kinds);
        });

        await().atMost(SAGA_STEP).untilAsserted(() -> {
            List<String> sentEmails = given().queryParam("orderId", orderId)
                    .get(Service.NOTIFICATION.url() + "/notifications")
                    .then().statusCode(200)
                    .extract().path("findAll { it.channel == 'EMAIL' && it.status == 'SENT' }.kind");
            assertTrue(sentEmails.containsAll(List.of("SHIPMENT_CONFIRMATION", "DELIVERY_UPDATE", "ORDER_COMPLETED")),
                    "shipment confirmation, delivery update and thank-you were e-mailed: " + sentEmails);
        });
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.com");
        boolean confirmationWithTracking = false;
        for (MimeMessage message : received) {
            if (message.getAllRecipients()[0].toString().equals(email)
                    && GreenMailUtil.getBody(message).contains(trackingNumber)) {
                confirmationWithTracking = true;
            }
        }
        assertTrue(confirmationWithTracking, "an e-mail to the customer carries the tracking number");

        given().get(Service.INVENTORY.url() + "/products/" + mug).then().statusCode(200)
                .body("onHand", equalTo(8)).body("reserved", equalTo(0));
    }

    private static void stockProduct(String sku, String name, String category, int onHand, int weightGrams,
            boolean fragile) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "category", category, "onHand", onHand, "weightGrams", weightGrams,
                        "lengthMm", 120, "widthMm", 100, "heightMm", 110, "fragile", fragile))
                .put(Service.INVENTORY.url() + "/products/" + sku)
                .then().statusCode(201);
    }

    private static void price(String sku, String unitPrice) {
        given().contentType(ContentType.JSON).body(Map.of("unitPrice", new BigDecimal(unitPrice)))
                .put(Service.BILLING.url() + "/prices/" + sku)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
    }

    private static void carrierReports(String carrier, String trackingNumber, String status, String description,
            String location) {
        given().contentType(ContentType.JSON)
                .body(Map.of("trackingNumber", trackingNumber, "status", status, "description", description,
                        "location", location, "occurredAt", Instant.now().toString()))
                .post(Service.SHIPPING.url() + "/carriers/" + carrier + "/webhooks")
                .then().statusCode(202);
    }

    private static JsonPath awaitOrderStatus(String orderId, String status) {
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(300))
                .until(() -> given().get(Service.ORDER.url() + "/orders/" + orderId).then().extract().jsonPath(),
                        order -> status.equals(order.getString("status")));
    }
}
