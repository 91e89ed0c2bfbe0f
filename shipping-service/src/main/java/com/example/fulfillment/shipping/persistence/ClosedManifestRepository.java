package com.example.fulfillment.shipping.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.shipping.domain.ClosedManifest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ClosedManifestRepository implements PanacheRepositoryBase<ClosedManifest, String> {

    public List<ClosedManifest> latest(int count) {
        return findAll(Sort.descending("closedAt")).page(Page.ofSize(count)).list();
    }
}
