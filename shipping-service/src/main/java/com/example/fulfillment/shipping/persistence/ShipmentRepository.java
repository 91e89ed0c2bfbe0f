package com.example.fulfillment.shipping.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.shipping.domain.Shipment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, String> {

    /** Locks the shipment so that concurrent carrier webhooks about it are applied one after the other. */
    public Optional<Shipment> findByTrackingNumberForUpdate(String carrier, String trackingNumber) {
        List<Shipment> candidates = find("label.trackingNumber = ?1", trackingNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        // numbers are unique per carrier only; the carrier in the webhook's path decides between them
        return candidates.stream().filter(s -> s.getCarrier().equalsIgnoreCase(carrier)).findFirst();
    }

    /** The shipment one of whose earlier (replaced) labels has this number, locked like the one above. */
    public Optional<Shipment> findByEarlierTrackingNumberForUpdate(String trackingNumber) {
        List<?> orderIds = getEntityManager()
                .createNativeQuery("select order_id from shipment_earlier_label where tracking_number = ?1")
                .setParameter(1, trackingNumber).getResultList();
        return orderIds.stream().findFirst()
                .map(orderId -> findById((String) orderId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Shipment> findByEarlierTrackingNumber(String trackingNumber) {
        List<?> orderIds = getEntityManager()
                .createNativeQuery("select order_id from shipment_earlier_label where tracking_number = ?1")
                .setParameter(1, trackingNumber).getResultList();
        return orderIds.stream().findFirst().map(orderId -> findById((String) orderId));
    }

    public Optional<Shipment> findByTrackingNumber(String trackingNumber) {
        return find("label.trackingNumber = ?1", trackingNumber).firstResultOptional();
    }

    public long nextTrackingDigits() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('tracking_number_seq')")
                .getSingleResult()).longValue();
    }
}
