package com.example.fulfillment.billing.messaging;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.model.Address;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.ShippingMethod;

import io.restassured.http.ContentType;

/** Events as the other services send them, and prices as ops set them, with names unique to each test. */
public final class SagaFixtures {

    private SagaFixtures() {
    }

    public static String newOrderId() {
        return UUID.randomUUID().toString();
    }

    public static String newSku(String product) {
        return product + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void priceOf(String sku, String unitPrice) {
        given().contentType(ContentType.JSON).body(Map.of("unitPrice", new BigDecimal(unitPrice)))
                .put("/prices/{sku}", sku).then().statusCode(200);
    }

    public static OrderReceived orderReceived(String orderId, String country, ShippingMethod method, boolean giftWrap,
            boolean specialPackaging, String discountCode, List<AllocatedItem> items) {
        return new OrderReceived(orderId, new Customer("Ada Lovelace", "ada@example.com", "+4915112345678"),
                new Address("Ada Lovelace", "Hauptstr. 1", "Berlin", "10115", null, country), method,
                items.stream().map(item -> new OrderLine(item.sku(), item.quantity())).toList(),
                new OrderOptions(specialPackaging, giftWrap, giftWrap ? "Happy birthday" : null),
                List.of(NotificationChannel.EMAIL), discountCode, Instant.parse("2026-11-27T10:00:00Z"));
    }

    public static StockAllocated stockAllocated(String orderId, List<AllocatedItem> items) {
        return new StockAllocated(orderId, items);
    }

    public static AllocatedItem item(String sku, String name, int quantity) {
        return new AllocatedItem(sku, name, "HOME", quantity, 350, 120, 90, 90, false);
    }
}
