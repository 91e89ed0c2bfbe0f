package com.example.fulfillment.inventory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Two changes in real transactions, in a chosen order: the first runs and stays open until the second is seen
 * waiting for a lock in the database, then commits, and the second finishes. A race that must be serialized by a
 * lock is thus played out for sure; if no lock makes the second wait, {@link #race} fails instead of passing by luck.
 */
public final class RacingTransactions {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private RacingTransactions() {
    }

    public static void race(EntityManager entityManager, Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                first.call();
                firstDone.countDown();
                return commitFirst.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            }));
            assertEquals(true, firstDone.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the first change ran");
            Future<?> waiter = threads.submit(() -> QuarkusTransaction.requiringNew().call(second));
            await("the second change waits for a lock the first holds").atMost(WAIT)
                    .until(() -> sessionsWaitingForALock(entityManager) > 0);
            commitFirst.countDown();
            assertEquals(true, holder.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            waiter.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
    }

    private static long sessionsWaitingForALock(EntityManager entityManager) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
                .getSingleResult()).longValue());
    }
}
