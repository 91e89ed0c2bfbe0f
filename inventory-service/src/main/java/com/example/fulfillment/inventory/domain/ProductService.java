package com.example.fulfillment.inventory.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.StockReceiptRepository;
import com.example.fulfillment.problem.ProblemException;

/** Ops keep the catalogue and the stock counts; whenever more becomes available, waiting orders are retried. */
@ApplicationScoped
public class ProductService {

    public record Saved(Product product, boolean created) {
    }

    private final ProductRepository products;
    private final StockReceiptRepository receipts;
    private final StockCheckService stockCheck;
    private final Clock clock;

    ProductService(ProductRepository products, StockReceiptRepository receipts, StockCheckService stockCheck,
            Clock clock) {
        this.products = products;
        this.receipts = receipts;
        this.stockCheck = stockCheck;
        this.clock = clock;
    }

    @Transactional
    public Saved save(String sku, ProductDetails details) {
        Product product = products.findLocked(sku).orElse(null);
        if (product == null) {
            product = new Product(sku, details, clock.instant());
            products.persist(product);
            stockCheck.resumeWaitingFor(sku);
            return new Saved(product, true);
        }
        int availableBefore = product.available();
        product.describe(details, clock.instant());
        if (product.available() > availableBefore) {
            stockCheck.resumeWaitingFor(sku);
        }
        return new Saved(product, false);
    }

    @Transactional
    public Product receiveStock(String sku, int quantity, String note) {
        Product product = lockedOrNotFound(sku);
        product.receive(quantity, clock.instant());
        receipts.persist(new StockReceipt(sku, quantity, note, clock.instant()));
        stockCheck.resumeWaitingFor(sku);
        return product;
    }

    @Transactional
    public Product expectRestock(String sku, LocalDate date) {
        Product product = lockedOrNotFound(sku);
        product.expectRestockOn(date, clock.instant());
        return product;
    }

    @Transactional
    public Product replaceAlternatives(String sku, List<String> alternativeSkus) {
        Product product = lockedOrNotFound(sku);
        product.replaceAlternatives(alternativeSkus, clock.instant());
        return product;
    }

    public Product get(String sku) {
        return products.findByIdOptional(sku).orElseThrow(() -> ProblemException.notFound("product", sku));
    }

    public List<Product> all() {
        return products.findAllBySku();
    }

    private Product lockedOrNotFound(String sku) {
        return products.findLocked(sku).orElseThrow(() -> ProblemException.notFound("product", sku));
    }
}
