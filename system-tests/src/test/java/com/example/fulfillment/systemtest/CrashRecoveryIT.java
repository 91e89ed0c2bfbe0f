package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.path.json.JsonPath;

/**
 * Nothing is lost or done twice when a service dies mid-saga. order-service is killed right after it accepted a
 * batch of orders (some OrderReceived events may still sit in its outbox, some consumed events may not have their
 * offsets committed), then billing-service while it invoices the next batch. Once they are back, every order still
 * ships, and every step happened exactly once: one allocation, one invoice, one shipment, one confirmation e-mail,
 * and the stock moved by exactly what the orders took.
 */
class CrashRecoveryIT {

    private static final int ORDERS_PER_BATCH = 5;
    private static final int UNITS_PER_ORDER = 2;
    private static final int STOCK = 40;

    private static RunningStack stack;

    @BeforeAll
    static void stack() throws Exception {
        stack = RunningStack.shared();
    }

    @Test
    void servicesKilledMidSagaLoseNothingAndRepeatNothing() throws Exception {
        String sku = Shop.stockProduct("LAMP", "home", STOCK, "30.00", false);
        List<String> orders = new ArrayList<>();

        orders.addAll(placeBatch(sku));
        stack.crashAndRestart(Service.ORDER);
        orders.addAll(placeBatch(sku));
        stack.crashAndRestart(Service.BILLING);

        for (String orderId : orders) {
            JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
            List<String> steps = shipped.getList("timeline.step");
            for (String step : List.of("order received", "stock allocated", "invoice prepared", "shipped")) {
                assertEquals(1, steps.stream().filter(step::equals).count(), orderId + " " + step + ": " + steps);
            }
            assertEquals(shipped.getString("invoice.number"), Shop.invoice(orderId).getString("number"));
            assertEquals(shipped.getString("trackingNumber"), Shop.shipment(orderId).getString("label.trackingNumber"));
        }
        for (String orderId : orders) {
            Shop.awaitSent(orderId, "EMAIL", "SHIPMENT_CONFIRMATION");
            List<String> sent = Shop.sentKinds(orderId, "EMAIL");
            assertEquals(1, sent.stream().filter("SHIPMENT_CONFIRMATION"::equals).count(), orderId + ": " + sent);
        }
        int shippedUnits = orders.size() * UNITS_PER_ORDER;
        await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath product = Shop.product(sku);
            assertEquals(STOCK - shippedUnits, product.getInt("onHand"), "on hand after every order shipped");
            assertEquals(0, product.getInt("reserved"), "nothing left reserved");
        });
    }

    private static List<String> placeBatch(String sku) {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < ORDERS_PER_BATCH; i++) {
            String email = Shop.unique("crash").toLowerCase() + "@example.com";
            batch.add(Shop.place(Shop.order(email, "STANDARD", sku, UNITS_PER_ORDER)));
        }
        return batch;
    }
}
