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

    /** The orders waiting for this sku, those that waited longest first. */
    public List<StockRequest> findWaitingFor(String sku) {
        return find("""
                select r from StockRequest r
                where r.state = ?1 and exists (select 1 from r.lines l where l.sku = ?2)
                order by r.waitingSince, r.orderId""", StockRequestState.WAITING, sku).list();
    }
}
