package com.example.fulfillment.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The three approval gates decided by a person (the shared stack decides by rule: more than 10 items, same-day
 * delivery and delayed tracking updates wait for ops), approved and rejected, with everything a rejection must
 * undo undone and the customer told.
 */
class ApprovalGatesIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void aPersonApprovesALargeOrderAtOrderVerification() {
        String sku = Shop.stockProduct("PLATE", "kitchen", 30, "6.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("big") + "@example.com", "STANDARD", sku, 12));

        String approval = Shop.awaitPendingApproval(orderId, "ORDER_VERIFICATION");
        assertEquals("AVAILABILITY_VERIFIED", Shop.view(orderId).getString("status"), "the order waits at the gate");
        Shop.approve(approval, "large order, customer known");

        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        assertTrue(shipped.getList("timeline.detail").stream().anyMatch(d -> String.valueOf(d).contains("grace"))
                || shipped.getList("timeline.cause").stream().anyMatch(c -> String.valueOf(c).contains("grace")),
                "the timeline says who decided");
        assertEquals(18, Shop.product(sku).getInt("onHand"));
    }

    @Test
    void aRejectedOrderVerificationCancelsTheOrderAndTellsTheCustomer() {
        String sku = Shop.stockProduct("BOWL", "kitchen", 30, "8.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("rej") + "@example.com", "STANDARD", sku, 11));

        Shop.reject(Shop.awaitPendingApproval(orderId, "ORDER_VERIFICATION"), "suspected reseller");

        Shop.awaitStatus(orderId, "CANCELLED");
        Shop.awaitSent(orderId, "EMAIL", "ORDER_CANCELLED");
        JsonPath product = Shop.product(sku);
        assertEquals(30, product.getInt("onHand"));
        assertEquals(0, product.getInt("reserved"), "nothing stays reserved");
    }

    @Test
    void aRejectedShipmentUndoesAllocationInvoiceAndShipment() {
        String sku = Shop.stockProduct("VASE", "decor", 4, "49.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("sd") + "@example.com", "SAME_DAY", sku, 1));

        String approval = Shop.awaitPendingApproval(orderId, "SHIPMENT_DETAILS");
        assertEquals(1, Shop.product(sku).getInt("reserved"), "the vase was reserved for the order");
        Shop.reject(approval, "no courier free today");

        Shop.awaitStatus(orderId, "CANCELLED");
        Compensations.awaitUndone(orderId, sku, 4);
        Shop.awaitSent(orderId, "EMAIL", "ORDER_CANCELLED");
    }

    @Test
    void aRejectedTrackingConfirmationKeepsTheUpdateFromTheCustomer() {
        String sku = Shop.stockProduct("CLOCK", "decor", 4, "39.00", false);
        String orderId = Shop.place(Shop.order(Shop.unique("late") + "@example.com", "STANDARD", sku, 1));
        JsonPath shipped = Shop.awaitStatus(orderId, "SHIPPED");
        Shop.awaitSent(orderId, "EMAIL", "SHIPMENT_CONFIRMATION");

        LocalDate muchLater = LocalDate.parse(shipped.getString("expectedDeliveryDate")).plusDays(9);
        Carriers.plain(shipped.getString("carrier"), shipped.getString("trackingNumber"), "IN_TRANSIT",
                "Held at customs", "Frankfurt", muchLater).statusCode(202);

        Shop.reject(Shop.awaitPendingApproval(orderId, "TRACKING_CONFIRMATION"), "customs notice was a mistake");

        List<String> sent = Shop.sentKinds(orderId, "EMAIL");
        assertFalse(sent.contains("DELIVERY_UPDATE"), "the rejected update was not told: " + sent);
        assertEquals("SHIPPED", Shop.view(orderId).getString("status"));
    }
}
