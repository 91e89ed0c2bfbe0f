package com.example.fulfillment.inventory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.inventory.persistence.ProductRepository;

/** Finds the lines of a demand the stock cannot serve and what to offer the customer for each. */
@ApplicationScoped
public class ShortageAssessor {

    private final ProductRepository products;
    private final AlternativesPolicy alternatives;

    ShortageAssessor(ProductRepository products, InventoryConfig config) {
        this.products = products;
        this.alternatives = AlternativesPolicy.of(config.alternatives());
    }

    /** @param known the demanded products that exist, by sku; a sku missing here is unknown, hence short */
    public List<Shortage> shortages(Demand demand, Map<String, Product> known) {
        List<Shortage> shortages = new ArrayList<>();
        for (String sku : demand.skus()) {
            int requested = demand.quantityOf(sku);
            Product product = known.get(sku);
            if (product == null) {
                shortages.add(Shortage.unknownProduct(sku, requested));
            } else if (!product.canServe(requested)) {
                shortages.add(new Shortage(sku, requested, product.getAvailable(), product.getExpectedRestockDate(),
                        alternativesTo(product, requested)));
            }
        }
        return shortages;
    }

    public Map<String, Product> existing(Demand demand) {
        return products.findBySkus(demand.skus()).stream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
    }

    private List<String> alternativesTo(Product product, int requested) {
        Map<String, Product> configuredBySku = existingBySku(product.getAlternativeSkus());
        List<Product> configured = product.getAlternativeSkus().stream()
                .map(configuredBySku::get)
                .filter(Objects::nonNull)
                .toList();
        List<Product> sameCategory = alternatives.usesSameCategory()
                ? products.findServableInCategory(product.getCategory(), requested)
                : List.of();
        return alternatives.choose(product.getSku(), requested, configured, sameCategory);
    }

    private Map<String, Product> existingBySku(List<String> skus) {
        return products.findBySkus(skus).stream().collect(Collectors.toMap(Product::getSku, Function.identity()));
    }
}
