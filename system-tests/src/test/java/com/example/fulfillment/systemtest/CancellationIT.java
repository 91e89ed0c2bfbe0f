package com.example.fulfillment.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;

/**
 * The customer cancels before shipment, at the stages where an order can be caught waiting (a gate waiting for a
 * person, an invoice waiting for a price): everything done so far is undone and the customer is told. After
 * shipment, cancelling is refused.
 */
class CancellationIT {

    @BeforeAll
    static void stack() throws Exception {
        RunningStack.shared();
    }

    @Test
    void cancelledBeforeAllocationHoldsNothing() {
        String sku = Shop.stockProduct("CUP", "kitchen", 40, "3.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("c1") + "@example.com", "STANDARD", sku, 20));
        Shop.awaitPendingApproval(orderId, "ORDER_VERIFICATION");

        cancel(orderId).statusCode(200);

        Shop.awaitStatus(orderId, "CANCELLED");
        Shop.awaitSent(orderId, "EMAIL", "ORDER_CANCELLED");
        assertEquals(0, Shop.product(sku).getInt("reserved"));
    }

    @Test
    void cancelledWhenAllocatedReleasesTheStockAndVoidsTheWaitingInvoice() {
        // ops have not priced this product yet: billing keeps the invoice waiting, so the order stays ALLOCATED
        String sku = Shop.stockProduct("BOWL", "kitchen", 5, null, true);
        String orderId = Shop.place(Shop.order(Shop.unique("c4") + "@example.com", "STANDARD", sku, 2));
        Shop.awaitStatus(orderId, "ALLOCATED");
        await().atMost(Shop.SAGA_STEP).untilAsserted(
                () -> assertEquals("AWAITING_PRICES", Shop.invoice(orderId).getString("status")));
        assertEquals(2, Shop.product(sku).getInt("reserved"));

        cancel(orderId).statusCode(200);

        Shop.awaitStatus(orderId, "CANCELLED");
        Compensations.awaitUndone(orderId, sku, 5);
        Shop.awaitSent(orderId, "EMAIL", "ORDER_CANCELLED");
    }

    @Test
    void cancelledWhenReadyForShipmentUndoesStockInvoiceAndShipment() {
        String sku = Shop.stockProduct("JUG", "kitchen", 6, "18.00", true);
        String orderId = Shop.place(Shop.order(Shop.unique("c2") + "@example.com", "SAME_DAY", sku, 2));
        Shop.awaitPendingApproval(orderId, "SHIPMENT_DETAILS");
        assertEquals("READY_FOR_SHIPMENT", Shop.view(orderId).getString("status"));

        cancel(orderId).statusCode(200);

        Shop.awaitStatus(orderId, "CANCELLED");
        Compensations.awaitUndone(orderId, sku, 6);
        Shop.awaitSent(orderId, "EMAIL", "ORDER_CANCELLED");
    }

    @Test
    void aShippedOrderCannotBeCancelled() {
        String sku = Shop.stockProduct("SPOON", "kitchen", 6, "2.00", false);
        String orderId = Shop.place(Shop.order(Shop.unique("c3") + "@example.com", "STANDARD", sku, 1));
        Shop.awaitStatus(orderId, "SHIPPED");

        cancel(orderId).statusCode(409).contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse cancel(String orderId) {
        return Identity.SHOP.request().contentType(ContentType.JSON).body(Map.of("reason", "changed my mind"))
                .post(Service.ORDER.url() + "/orders/" + orderId + "/cancel").then();
    }
}
