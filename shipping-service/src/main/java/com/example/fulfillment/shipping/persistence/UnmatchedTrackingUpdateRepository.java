package com.example.fulfillment.shipping.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.shipping.domain.UnmatchedTrackingUpdate;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class UnmatchedTrackingUpdateRepository implements PanacheRepositoryBase<UnmatchedTrackingUpdate, UUID> {

    public List<UnmatchedTrackingUpdate> latest(int limit) {
        return findAll(Sort.descending("receivedAt")).page(Page.ofSize(limit)).list();
    }
}
