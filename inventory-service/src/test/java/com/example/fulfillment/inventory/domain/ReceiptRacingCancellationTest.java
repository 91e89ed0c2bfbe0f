package com.example.fulfillment.inventory.domain;

import static com.example.fulfillment.inventory.RacingTransactions.race;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.inventory.Products;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A stock receipt and the cancellation of an order waiting for that stock, in real transactions: whichever commits
 * first, the order ends cancelled, and a StockVerified is only ever announced before the cancellation, never over it.
 * One transaction is held open until the other is seen waiting for its lock in the database, then let go
 * ({@link com.example.fulfillment.inventory.RacingTransactions}).
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class ReceiptRacingCancellationTest {

    @Inject
    StockCheckService stockCheck;
    @Inject
    AllocationService allocation;
    @Inject
    ProductService products;
    @Inject
    StockRequestRepository requests;
    @Inject
    EntityManager entityManager;

    @Test
    void aReceiptArrivingWhileTheCancellationCommitsDoesNotResurrectTheOrder() throws Exception {
        String sku = Products.create(Products.freshSku("category"), 0);
        String orderId = waitingOrderFor(sku);

        race(entityManager, () -> allocation.release(orderId, "customer cancelled"),
                () -> products.receiveStock(sku, 5, "delivery from the supplier", "pat"));

        assertEquals(StockRequestState.CANCELLED, stateOf(orderId));
        assertEquals(0, stockVerifiedAnnouncedFor(orderId), "no StockVerified for a cancelled order");
    }

    @Test
    void aCancellationArrivingWhileTheReceiptCommitsCancelsTheVerifiedOrder() throws Exception {
        String sku = Products.create(Products.freshSku("category"), 0);
        String orderId = waitingOrderFor(sku);

        race(entityManager, () -> products.receiveStock(sku, 5, "delivery from the supplier", "pat"),
                () -> allocation.release(orderId, "customer cancelled"));

        // verified before it was cancelled: the announcement came first, the cancellation has the last word
        assertEquals(StockRequestState.CANCELLED, stateOf(orderId));
        assertEquals(1, stockVerifiedAnnouncedFor(orderId));
    }

    private String waitingOrderFor(String sku) {
        String orderId = UUID.randomUUID().toString();
        assertEquals(StockRequestState.WAITING, stockCheck.check(orderId, List.of(new RequestedLine(sku, 1))));
        return orderId;
    }

    private StockRequestState stateOf(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> requests.findById(orderId).getState());
    }

    private long stockVerifiedAnnouncedFor(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where order_id = :order and event_type like '%StockVerified'")
                .setParameter("order", orderId).getSingleResult()).longValue());
    }
}
