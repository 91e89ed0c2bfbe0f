package com.example.fulfillment.order.persistence;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import com.example.fulfillment.domain.Conflict;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Changes to one order queue behind the order's row lock (OrderRepository#findByIdForChange), so a person's
 * request and an event of another service no longer collide. The order's version stays as the backstop for a change
 * that was read without the lock: flushing before the request ends, and translating the failure wherever in the
 * change it surfaces, makes it a Conflict the caller can act on (read again, decide again) instead of a failed
 * commit.
 */
public final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    /**
     * Runs the change and flushes it. The stale version can surface on any statement of the change (Hibernate
     * flushes the order before the outbox insert of the first event), so the whole change is guarded.
     */
    public static <T> T settle(PanacheRepositoryBase<?, ?> repository, String orderId, Supplier<T> change) {
        try {
            T result = change.get();
            repository.flush();
            return result;
        } catch (OptimisticLockException | StaleStateException e) {
            throw new Conflict("order " + orderId
                    + " changed while this request was handled: read it again and repeat the request if it still applies",
                    e);
        }
    }
}
