package com.example.fulfillment.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.inventory.Products;
import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.ReservationRepository;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@TestSecurity(user = "grace", roles = {"ops", "shop", "warehouse"})
@QuarkusTest
class AllocationConcurrencyTest {

    private static final int ORDERS = 12;
    private static final int UNITS = 5;

    @Inject
    StockCheckService stockCheck;
    @Inject
    AllocationService allocation;
    @Inject
    ProductRepository products;
    @Inject
    ReservationRepository reservations;

    @Test
    void ordersLockingTheSameProductsFromBothEndsDoNotDeadlock() throws Exception {
        String category = Products.freshSku("category");
        String first = Products.create(category, ORDERS);
        String second = Products.create(category, ORDERS);
        List<List<RequestedLine>> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(i % 2 == 0
                    ? List.of(new RequestedLine(first, 1), new RequestedLine(second, 1))
                    : List.of(new RequestedLine(second, 1), new RequestedLine(first, 1)));
        }

        assertEquals(ORDERS, allocateConcurrently(orders));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(ORDERS, products.findById(first).getReserved());
            assertEquals(ORDERS, products.findById(second).getReserved());
        });
    }

    @Test
    void manyOrdersRacingForTheLastUnitsNeverOversell() throws Exception {
        String sku = Products.create(Products.freshSku("category"), UNITS);
        List<List<RequestedLine>> orders = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            orders.add(List.of(new RequestedLine(sku, 1)));
        }

        assertEquals(UNITS, allocateConcurrently(orders));

        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(UNITS, products.findById(sku).getReserved());
            assertEquals(UNITS, reservations.countHeld(sku));
        });
    }

    /** Verifies each order, then allocates all at once, each on its own thread; returns how many were allocated. */
    private int allocateConcurrently(List<List<RequestedLine>> orders) throws Exception {
        List<String> orderIds = new ArrayList<>();
        for (List<RequestedLine> lines : orders) {
            String orderId = UUID.randomUUID().toString();
            // every one of them is verified: nothing is reserved before the approval
            assertEquals(StockRequestState.VERIFIED, stockCheck.check(orderId, lines));
            orderIds.add(orderId);
        }
        ExecutorService threads = Executors.newFixedThreadPool(orders.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AllocationService.Outcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < orders.size(); i++) {
                String orderId = orderIds.get(i);
                List<RequestedLine> lines = orders.get(i);
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return allocation.allocate(orderId, lines);
                }));
            }
            start.countDown();
            int allocated = 0;
            for (Future<AllocationService.Outcome> outcome : outcomes) {
                // a deadlock or an oversell stopped by the database would surface here as an ExecutionException
                if (outcome.get(60, TimeUnit.SECONDS) == AllocationService.Outcome.ALLOCATED) {
                    allocated++;
                }
            }
            return allocated;
        } finally {
            threads.shutdownNow();
        }
    }
}
