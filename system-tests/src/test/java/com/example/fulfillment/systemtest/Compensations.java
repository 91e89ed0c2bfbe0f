package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

/** What a cancelled order must leave behind in the other services: nothing held, nothing charged, nothing to ship. */
final class Compensations {

    private Compensations() {
    }

    static void awaitUndone(String orderId, String sku, int onHandBefore) {
        await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertEquals(0, Shop.product(sku).getInt("reserved"), "the stock is released");
            assertEquals(onHandBefore, Shop.product(sku).getInt("onHand"), "nothing left the warehouse");
            assertEquals("VOIDED", Shop.invoice(orderId).getString("status"), "the invoice is voided");
            assertEquals("CANCELLED", Shop.shipment(orderId).getString("status"), "the shipment is cancelled");
        });
    }
}
