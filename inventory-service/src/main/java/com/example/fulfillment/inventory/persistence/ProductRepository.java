package com.example.fulfillment.inventory.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.inventory.domain.Product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {

    /** SELECT … FOR UPDATE: whoever changes stock holds the row until commit, so two writers cannot both pass a check. */
    public Optional<Product> findLocked(String sku) {
        return findByIdOptional(sku, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Product> findAllBySku() {
        return listAll(Sort.by("sku"));
    }

    public List<Product> findBySkus(List<String> skus) {
        return skus.isEmpty() ? List.of() : list("sku in ?1", skus);
    }

    public List<Product> findServableInCategory(String category, int quantity) {
        return list("category = ?1 and onHand - reserved >= ?2", Sort.by("sku"), category, quantity);
    }
}
