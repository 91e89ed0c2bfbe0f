package com.example.fulfillment.inventory.domain;

import static com.example.fulfillment.inventory.RacingTransactions.race;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.inventory.Products;
import com.example.fulfillment.inventory.persistence.StockRequestRepository;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The check of a new order and a receipt of the stock it needs, in real transactions: whichever commits first, the
 * order ends verified, never waiting for stock that is on the shelf (a lost wake-up: the receipt looked for waiting
 * orders before the check's had committed, and the check read the stock before the receipt's had). The same for an
 * amendment of a waiting order to a product whose stock is arriving.
 */
@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class ReceiptRacingStockCheckTest {

    @Inject
    StockCheckService stockCheck;
    @Inject
    ProductService products;
    @Inject
    StockRequestRepository requests;
    @Inject
    EntityManager entityManager;

    @Test
    void aCheckWhileTheReceiptCommitsSeesTheNewStock() throws Exception {
        String sku = Products.create(Products.freshSku("category"), 0);
        String orderId = UUID.randomUUID().toString();
        AtomicReference<StockRequestState> answered = new AtomicReference<>();

        race(entityManager, () -> products.receiveStock(sku, 5, "delivery from the supplier", "pat"),
                () -> answered.getAndSet(stockCheck.check(orderId, List.of(new RequestedLine(sku, 1)))));

        assertEquals(StockRequestState.VERIFIED, answered.get());
        assertEquals(StockRequestState.VERIFIED, stateOf(orderId));
    }

    @Test
    void aReceiptWhileTheCheckCommitsWakesTheOrderItRecordedAsWaiting() throws Exception {
        String sku = Products.create(Products.freshSku("category"), 0);
        String orderId = UUID.randomUUID().toString();
        AtomicReference<StockRequestState> answered = new AtomicReference<>();

        race(entityManager, () -> answered.getAndSet(stockCheck.check(orderId, List.of(new RequestedLine(sku, 1)))),
                () -> products.receiveStock(sku, 5, "delivery from the supplier", "pat"));

        assertEquals(StockRequestState.WAITING, answered.get(), "the check saw no stock");
        assertEquals(StockRequestState.VERIFIED, stateOf(orderId), "the receipt found the order waiting");
    }

    @Test
    void anAmendmentWhileTheReceiptOfItsNewProductCommitsSeesTheNewStock() throws Exception {
        String missing = Products.create(Products.freshSku("category"), 0);
        String alternative = Products.create(Products.freshSku("category"), 0);
        String orderId = UUID.randomUUID().toString();
        assertEquals(StockRequestState.WAITING, stockCheck.check(orderId, List.of(new RequestedLine(missing, 1))));
        AtomicReference<StockRequestState> answered = new AtomicReference<>();

        race(entityManager, () -> products.receiveStock(alternative, 5, "delivery from the supplier", "pat"),
                () -> answered.getAndSet(stockCheck.amend(orderId, List.of(new RequestedLine(alternative, 1)),
                        "the customer took the alternative")));

        assertEquals(StockRequestState.VERIFIED, answered.get());
        assertEquals(StockRequestState.VERIFIED, stateOf(orderId));
    }

    private StockRequestState stateOf(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> requests.findById(orderId).getState());
    }
}
