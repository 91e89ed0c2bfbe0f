package com.example.fulfillment.billing.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.Price;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PriceRepository implements PanacheRepositoryBase<Price, String> {

    public Map<String, Price> bySku(Collection<String> skus) {
        return list("sku in ?1", skus).stream().collect(Collectors.toMap(price -> price.sku, Function.identity()));
    }

    public List<Price> allBySku() {
        return listAll(Sort.by("sku"));
    }
}
