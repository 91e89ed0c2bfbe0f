package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static org.awaitility.Awaitility.await;

/**
 * After the handover things go wrong: the carrier fails or sends the parcel back, or the customer reports damage.
 * The order stops in a state ops can see and act on, ops reship or refund, stock and invoice follow, and the
 * customer is told.
 */
class FailedDeliveryIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void aFailedDeliveryIsReshippedAndCompletes() {
        String sku = Shop.stockProduct("GLOBE", "decor", 5, "60.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("rs") + "@example.com", "STANDARD", sku, 1));
        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        String firstTracking = shipped.getString("trackingNumber");
        LocalDate eta = LocalDate.parse(shipped.getString("expectedDeliveryDate"));

        Carriers.easyPost(firstTracking, "failure", eta).statusCode(200);
        Shop.awaitStatus(orderId, "DELIVERY_FAILED");

        opsDecide(orderId, "reship", "parcel lost in transit");

        JsonPath reshipped = Shop.awaitStatus(orderId, "SHIPPED");
        String secondTracking = reshipped.getString("trackingNumber");
        assertNotEquals(firstTracking, secondTracking, "the reshipment has a label of its own");
        assertEquals(3, Shop.product(sku).getInt("onHand"), "a second globe left the warehouse");

        Carriers.easyPost(secondTracking, "delivered", eta).statusCode(200);
        Shop.awaitStatus(orderId, "DELIVERED");
        Shop.confirmDelivery(orderId, "GOOD");
        Shop.awaitStatus(orderId, "COMPLETED");
        Shop.awaitSent(orderId, "EMAIL", "RESHIPMENT", "ORDER_COMPLETED");
    }

    @Test
    void aParcelReturnedToSenderIsRefundedAndRestocked() {
        String sku = Shop.stockProduct("RUG", "decor", 5, "80.00", false);
        String orderId = Shop.place(Shop.order(Shop.unique("rf") + "@example.com", "STANDARD", sku, 1));
        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        LocalDate eta = LocalDate.parse(shipped.getString("expectedDeliveryDate"));
        assertEquals(4, Shop.product(sku).getInt("onHand"));

        Carriers.afterShip(shipped.getString("trackingNumber"), "Exception", "Exception_011", eta).statusCode(200);
        Shop.awaitStatus(orderId, "DELIVERY_FAILED");
        await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(500))
                .until(() -> Shop.product(sku).getInt("onHand") == 5);

        opsDecide(orderId, "refund", "customer moved away");

        Shop.awaitStatus(orderId, "REFUNDED");
        await().atMost(Shop.SAGA_STEP).pollInterval(Duration.ofMillis(500))
                .until(() -> "REFUNDED".equals(Shop.invoice(orderId).getString("status")));
        JsonPath invoice = Shop.invoice(orderId);
        assertEquals(invoice.<BigDecimal> get("total"), invoice.get("creditNote.amount"), "the whole invoice is refunded");
        Shop.awaitSent(orderId, "EMAIL", "REFUND_ISSUED");
    }

    @Test
    void aDamagedDeliveryReportedByTheCustomerIsRefunded() {
        String sku = Shop.stockProduct("MIRROR", "decor", 5, "70.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("dm") + "@example.com", "STANDARD", sku, 1));
        Shop.awaitStatus(orderId, "SHIPPED");

        Shop.confirmDelivery(orderId, "DAMAGED");
        Shop.awaitStatus(orderId, "DELIVERY_ISSUE");
        Shop.awaitSent(orderId, "EMAIL", "DELIVERY_ISSUE_RECEIVED");

        opsDecide(orderId, "refund", "mirror arrived broken");
        Shop.awaitStatus(orderId, "REFUNDED");
        Shop.awaitSent(orderId, "EMAIL", "REFUND_ISSUED");
    }

    private static void opsDecide(String orderId, String action, String reason) {
        Identity.GRACE.request().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/" + action).then()
                .statusCode(200);
    }
}
