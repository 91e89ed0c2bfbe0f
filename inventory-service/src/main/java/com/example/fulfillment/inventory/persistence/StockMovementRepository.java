package com.example.fulfillment.inventory.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.inventory.domain.StockMovement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StockMovementRepository implements PanacheRepositoryBase<StockMovement, Long> {

    /** Newest first; the movements of one transaction share their time and keep the order they were made in. */
    public List<StockMovement> findNewestFirst(String sku, int limit) {
        return find("sku", Sort.descending("occurredAt", "id"), sku).page(Page.ofSize(limit)).list();
    }
}
