package com.example.fulfillment.shipping.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.persistence.Existence;
import com.example.fulfillment.shipping.domain.TrackingEvent;
import com.example.fulfillment.shipping.domain.TrackingUpdate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TrackingEventRepository implements PanacheRepositoryBase<TrackingEvent, java.util.UUID> {

    /** The same carrier event id, or the same status at the same moment for the same parcel. */
    public boolean isDuplicate(TrackingUpdate update) {
        if (update.carrierEventId() != null
                && Existence.anyMatch(getEntityManager(), TrackingEvent.class,
                        "trackingNumber = ?1 and carrierEventId = ?2", update.trackingNumber(),
                        update.carrierEventId())) {
            return true;
        }
        return Existence.anyMatch(getEntityManager(), TrackingEvent.class,
                "trackingNumber = ?1 and status = ?2 and occurredAt = ?3", update.trackingNumber(),
                update.status(), update.occurredAt());
    }

    /** One parcel's updates: a reshipped order has several parcels, each with its own tracking number. */
    public List<TrackingEvent> listForParcel(String orderId, String trackingNumber) {
        return list("orderId = ?1 and trackingNumber = ?2 order by occurredAt, receivedAt", orderId, trackingNumber);
    }
}
