package com.example.fulfillment.inventory.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.inventory.domain.StockReceipt;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StockReceiptRepository implements PanacheRepositoryBase<StockReceipt, UUID> {

    public List<StockReceipt> findNewestFirst(String sku, int limit) {
        return find("sku", Sort.descending("receivedAt"), sku).page(Page.ofSize(limit)).list();
    }
}
