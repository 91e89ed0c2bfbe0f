package com.example.fulfillment.shipping.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.persistence.Existence;
import com.example.fulfillment.shipping.domain.Shipment;
import com.example.fulfillment.shipping.domain.ShipmentStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ShipmentRepository implements PanacheRepositoryBase<Shipment, String> {

    private static final String AWAITING_MANIFEST = "status = ?1 and transport.manifestId is null";

    /**
     * The carrier's shipment with this number, locked so that concurrent carrier webhooks about it are applied one
     * after the other.
     */
    public Optional<Shipment> findByTrackingNumberForUpdate(String carrier, String trackingNumber) {
        // numbers are unique per carrier only, and a carrier speaks only for its own parcels
        return find("label.trackingNumber = ?1", trackingNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .filter(shipment -> reportsFor(carrier, shipment.getCarrier()))
                .findFirst();
    }

    /** Approved parcels waiting for the driver on no scan form yet, locked while the day's manifest closes. */
    public List<Shipment> awaitingManifestForUpdate() {
        return find(AWAITING_MANIFEST, ShipmentStatus.AWAITING_CARRIER).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public long countAwaitingManifest() {
        return count(AWAITING_MANIFEST, ShipmentStatus.AWAITING_CARRIER);
    }

    /**
     * Whether the carrier named by a webhook is the shipment's: the same name, or a platform's name for one of its
     * services (EasyPost's "DHLExpress" for our "dhl", "UPSDAP" for "ups").
     */
    static boolean reportsFor(String reported, String shipmentCarrier) {
        String named = reported.toLowerCase(java.util.Locale.ROOT);
        String ours = shipmentCarrier.toLowerCase(java.util.Locale.ROOT);
        return named.equals(ours) || named.startsWith(ours);
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

    /** Whether any shipment, of any carrier, has this tracking number on its current label. */
    public boolean existsWithTrackingNumber(String trackingNumber) {
        return Existence.anyMatch(getEntityManager(), Shipment.class, "label.trackingNumber = ?1", trackingNumber);
    }
}
