package com.example.fulfillment.inventory.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.domain.ResultPage;
import com.example.fulfillment.inventory.domain.Product;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {

    /** first key of the advisory locks on skus: any constant no other lock of this database uses */
    private static final int SKU_LOCK_NAMESPACE = 8082;

    /** SELECT … FOR UPDATE: whoever changes stock holds the row until commit, so two writers cannot both pass a check. */
    public Optional<Product> findLocked(String sku) {
        return findByIdOptional(sku, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Holds a transaction-scoped lock on this sku even while no row exists yet, so that two requests creating
     * the same new product take turns: the second finds the first's row and updates it, instead of failing on
     * the primary key. The two-key form keeps these locks apart from the outbox relay's one-key lock.
     */
    public void lockSku(String sku) {
        getEntityManager()
                .createNativeQuery("select 1 from pg_advisory_xact_lock(:namespace, hashtext(:sku))")
                .setParameter("namespace", SKU_LOCK_NAMESPACE)
                .setParameter("sku", sku)
                .getSingleResult();
    }

    /**
     * Shares the skus' locks until commit: a stock check holds them while it reads the stock and records the order as
     * waiting, and whoever adds stock takes them exclusively ({@link #lockSku}) before it wakes the waiting orders.
     * So either the addition commits first and the check sees the new stock, or the check commits first and the
     * addition sees the waiting order: no order is left waiting for stock that arrived. Taken in the given order,
     * which callers keep sorted ({@code Demand#skusInLockOrder}), so that two checks never wait for each other.
     */
    public void lockSkusForReading(List<String> skusInLockOrder) {
        for (String sku : skusInLockOrder) {
            getEntityManager()
                    .createNativeQuery("select 1 from pg_advisory_xact_lock_shared(:namespace, hashtext(:sku))")
                    .setParameter("namespace", SKU_LOCK_NAMESPACE)
                    .setParameter("sku", sku)
                    .getSingleResult();
        }
    }

    public ResultPage<Product> pageBySku(int page, int size) {
        PanacheQuery<Product> query = findAll(Sort.by("sku")).page(Page.of(page, size));
        return new ResultPage<>(query.list(), page, size, query.count());
    }

    public List<Product> findBySkus(List<String> skus) {
        return skus.isEmpty() ? List.of() : list("sku in ?1", skus);
    }

    public List<Product> findServableInCategory(String category, int quantity) {
        return list("category = ?1 and onHand - reserved >= ?2", Sort.by("sku"), category, quantity);
    }
}
