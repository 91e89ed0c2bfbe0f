package com.example.fulfillment.inventory.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.inventory.domain.StockRequest;
import com.example.fulfillment.inventory.domain.StockRequestState;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StockRequestRepository implements PanacheRepositoryBase<StockRequest, String> {

    /** Locked, so that an allocation and a cancellation of the same order handled by two instances take turns. */
    public Optional<StockRequest> findLocked(String orderId) {
        return findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The orders waiting for this sku, locked until this transaction ends, by order id: whoever locks waiting
     * requests holds the product's lock first (a stock change locks the product before it resumes the orders
     * waiting for it), and two such changes lock the requests they share in the same order, so they queue instead
     * of deadlocking. A request a cancellation changed meanwhile is read again once it commits, and is no longer
     * waiting: it is left out instead of being verified over the cancellation.
     */
    public List<StockRequest> lockWaitingFor(String sku) {
        return find("""
                select r from StockRequest r
                where r.state = ?1 and exists (select 1 from r.lines l where l.sku = ?2)
                order by r.orderId""", StockRequestState.WAITING, sku)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
