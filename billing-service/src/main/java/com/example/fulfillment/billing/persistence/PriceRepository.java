package com.example.fulfillment.billing.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.Price;
import com.example.fulfillment.domain.ResultPage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PriceRepository implements PanacheRepositoryBase<Price, String> {

    public Map<String, Price> bySku(Collection<String> skus) {
        return list("sku in ?1", skus).stream().collect(Collectors.toMap(Price::getSku, Function.identity()));
    }

    /**
     * Serializes price changes with invoices that find a price missing (a transaction-scoped PostgreSQL advisory
     * lock, released at commit), so an invoice never starts waiting for a price that was set at the same moment.
     */
    public void lockPriceList() {
        getEntityManager().createNativeQuery(
                "select true from pg_advisory_xact_lock(hashtext('billing-service.price-list'))")
                .getSingleResult();
    }

    public ResultPage<Price> pageBySku(int page, int size) {
        PanacheQuery<Price> query = findAll(Sort.by("sku")).page(Page.of(page, size));
        return new ResultPage<>(query.list(), page, size, query.count());
    }
}
