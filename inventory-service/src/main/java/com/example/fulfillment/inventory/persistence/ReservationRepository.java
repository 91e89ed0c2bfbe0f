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
        return list("orderId", Sort.by("shipmentRound").and("sku"), orderId);
    }

    /** Sorted by sku: the order in which their products are locked, so that no two transactions deadlock. */
    public List<Reservation> findHeldByOrder(String orderId) {
        return list("orderId = ?1 and status = ?2", Sort.by("sku"), orderId, ReservationStatus.HELD);
    }

    /** Sorted by sku, like the held ones: a return locks their products. */
    public List<Reservation> findShippedByOrder(String orderId) {
        return list("orderId = ?1 and status = ?2", Sort.by("sku"), orderId, ReservationStatus.SHIPPED);
    }

    /** The order's latest shipment round so far, 0 if nothing was ever reserved for it. */
    public int latestRound(String orderId) {
        Integer latest = getEntityManager()
                .createQuery("select max(r.shipmentRound) from Reservation r where r.orderId = ?1", Integer.class)
                .setParameter(1, orderId)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    public long countHeld(String sku) {
        return count("sku = ?1 and status = ?2", sku, ReservationStatus.HELD);
    }
}
