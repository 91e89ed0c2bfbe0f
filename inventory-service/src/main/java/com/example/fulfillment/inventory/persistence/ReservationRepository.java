package com.example.fulfillment.inventory.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.inventory.domain.Reservation;
import com.example.fulfillment.inventory.domain.ReservationStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReservationRepository implements PanacheRepositoryBase<Reservation, UUID> {

    public List<Reservation> findByOrder(String orderId) {
        return list("orderId", Sort.by("sku"), orderId);
    }

    /** Sorted by sku: the order in which their products are locked, so that no two transactions deadlock. */
    public List<Reservation> findHeldByOrder(String orderId) {
        return list("orderId = ?1 and status = ?2", Sort.by("sku"), orderId, ReservationStatus.HELD);
    }

    public long countHeld(String sku) {
        return count("sku = ?1 and status = ?2", sku, ReservationStatus.HELD);
    }
}
