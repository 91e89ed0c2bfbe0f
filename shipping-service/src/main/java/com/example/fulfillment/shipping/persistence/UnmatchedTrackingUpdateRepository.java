package com.example.fulfillment.shipping.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.persistence.Existence;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.example.fulfillment.shipping.domain.UnmatchedTrackingUpdate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class UnmatchedTrackingUpdateRepository implements PanacheRepositoryBase<UnmatchedTrackingUpdate, UUID> {

    /** The same carrier event for the same unknown number, kept already. */
    public boolean isDuplicate(TrackingUpdate update) {
        return update.carrierEventId() != null && Existence.anyMatch(getEntityManager(),
                UnmatchedTrackingUpdate.class, "trackingNumber = ?1 and carrierEventId = ?2",
                update.trackingNumber(), update.carrierEventId());
    }

    public List<UnmatchedTrackingUpdate> latest(int limit) {
        return findAll(Sort.descending("receivedAt")).page(Page.ofSize(limit)).list();
    }
}
