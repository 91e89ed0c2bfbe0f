package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.fulfillment.systemtest.RunningStack.Service;


import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The people around the platform, as REST calls: ops stocking products and deciding approvals, the shop placing
 * orders, the customer confirming delivery. Every name made here is unique to one test, so tests share the stack.
 */
final class Shop {

    /** How long one asynchronous step of the saga may take on a loaded two-core machine. */
    static final Duration SAGA_STEP = Duration.ofSeconds(60);

    private Shop() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String stockProduct(String prefix, String category, int onHand, String unitPrice, boolean fragile) {
        return stockProduct(prefix, category, onHand, unitPrice, fragile, Map.of());
    }

    /** unitPrice: null for a product billing has no price for yet; extra: e.g. expectedRestockDate or alternativeSkus. */
    static String stockProduct(String prefix, String category, int onHand, String unitPrice, boolean fragile,
            Map<String, Object> extra) {
        String sku = unique(prefix);
        Map<String, Object> product = new LinkedHashMap<>(Map.of("name", prefix + " " + sku, "category", category,
                "onHand", onHand, "weightGrams", 450, "lengthMm", 120, "widthMm", 100, "heightMm", 110,
                "fragile", fragile));
        product.putAll(extra);
        Identity.GRACE.request().contentType(ContentType.JSON).body(product)
                .put(Service.INVENTORY.url() + "/products/" + sku)
                .then().statusCode(201);
        if (unitPrice != null) {
            Identity.GRACE.request().contentType(ContentType.JSON).body(Map.of("unitPrice", new BigDecimal(unitPrice)))
                    .put(Service.BILLING.url() + "/prices/" + sku)
                    .then().statusCode(anyOf(equalTo(200), equalTo(201)));
        }
        return sku;
    }

    static void receiveStock(String sku, int quantity) {
        Identity.PAT.request().contentType(ContentType.JSON).body(Map.of("quantity", quantity, "note", "system test delivery"))
                .post(Service.INVENTORY.url() + "/products/" + sku + "/stock-receipts")
                .then().statusCode(anyOf(equalTo(200), equalTo(201)));
    }

    /** The customer's answer to a shortage: WAIT, CANCEL, or ALTERNATIVE with sku → alternativeSku pairs. */
    static JsonPath chooseForShortage(String orderId, String choice, String... skuAndAlternative) {
        List<Map<String, String>> replacements = new ArrayList<>();
        for (int i = 0; i < skuAndAlternative.length; i += 2) {
            replacements.add(Map.of("sku", skuAndAlternative[i], "alternativeSku", skuAndAlternative[i + 1]));
        }
        return Identity.SHOP.request().contentType(ContentType.JSON)
                .body(Map.of("choice", choice, "replacements", replacements))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/stock-choice").then()
                .statusCode(200).extract().jsonPath();
    }

    static JsonPath product(String sku) {
        return Identity.GRACE.request().get(Service.INVENTORY.url() + "/products/" + sku).then().statusCode(200).extract().jsonPath();
    }

    /** An order body as the shop front posts it; lines alternate sku, quantity. */
    static Map<String, Object> order(String email, String shippingMethod, Object... skuAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(Map.of("sku", skuAndQuantity[i], "quantity", skuAndQuantity[i + 1]));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customer", Map.of("name", "Ada Lovelace", "email", email, "phone", "+4915112345678"));
        body.put("shippingAddress", Map.of("recipient", "Ada Lovelace", "street", "Unter den Linden 1",
                "city", "Berlin", "postalCode", "10117", "country", "DE"));
        body.put("shippingMethod", shippingMethod);
        body.put("lines", lines);
        body.put("notificationChannels", List.of("EMAIL", "PORTAL"));
        return body;
    }

    static String place(Map<String, Object> order) {
        return Identity.SHOP.request().contentType(ContentType.JSON).body(order)
                .post(Service.ORDER.url() + "/orders")
                .then().statusCode(201)
                .extract().path("id");
    }

    static JsonPath view(String orderId) {
        return Identity.SHOP.request().get(Service.ORDER.url() + "/orders/" + orderId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitStatus(String orderId, String status) {
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(300))
                .until(() -> view(orderId), order -> status.equals(order.getString("status")));
    }

    /** Waits for the gate's task of this order to wait for a person, and returns its id. */
    static String awaitPendingApproval(String orderId, String gate) {
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(300))
                .until(() -> Identity.GRACE.request().queryParam("orderId", orderId).queryParam("status", "PENDING")
                        .get(Service.ORDER.url() + "/approvals")
                        .then().statusCode(200).extract().jsonPath()
                        .<String> getList("items.findAll { it.gate == '" + gate + "' }.id"), ids -> !ids.isEmpty())
                .get(0);
    }

    static void approve(String approvalId, String reason) {
        Identity.GRACE.request().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(Service.ORDER.url() + "/approvals/" + approvalId + "/approve").then()
                .statusCode(200);
    }

    static void reject(String approvalId, String reason) {
        Identity.GRACE.request().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(Service.ORDER.url() + "/approvals/" + approvalId + "/reject").then()
                .statusCode(200);
    }

    static List<String> approvedGates(String orderId) {
        return Identity.GRACE.request().queryParam("orderId", orderId).get(Service.ORDER.url() + "/approvals")
                .then().statusCode(200).extract().path("items.findAll { it.status == 'APPROVED' }.gate");
    }

    static void confirmDelivery(String orderId, String condition) {
        Identity.SHOP.request().contentType(ContentType.JSON).body(Map.of("condition", condition, "comment", "system test"))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/delivery-confirmation").then()
                .statusCode(anyOf(equalTo(200), equalTo(202)));
    }

    static JsonPath invoice(String orderId) {
        return Identity.GRACE.request().get(Service.BILLING.url() + "/invoices/" + orderId).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static JsonPath shipment(String orderId) {
        return Identity.GRACE.request().get(Service.SHIPPING.url() + "/shipments/" + orderId).then().statusCode(200).extract().jsonPath();
    }

    /** The kinds of message sent to the customer on a channel, once they are SENT. */
    static List<String> sentKinds(String orderId, String channel) {
        return Identity.GRACE.request().queryParam("orderId", orderId).get(Service.NOTIFICATION.url() + "/notifications")
                .then().statusCode(200)
                .extract().path("findAll { it.channel == '" + channel + "' && it.status == 'SENT' }.kind");
    }

    static void awaitSent(String orderId, String channel, String... kinds) {
        await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(500))
                .until(() -> sentKinds(orderId, channel), sent -> sent.containsAll(List.of(kinds)));
    }

    static List<String> timelineStatuses(JsonPath order) {
        return order.getList("timeline.status");
    }
}
