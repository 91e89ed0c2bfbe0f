package com.example.fulfillment.inventory.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.domain.ResultPage;
import com.example.fulfillment.inventory.persistence.ProductRepository;
import com.example.fulfillment.inventory.persistence.StockMovementRepository;
import com.example.fulfillment.inventory.persistence.StockReceiptRepository;

/** Ops keep the catalogue and the stock counts; whenever more becomes available, waiting orders are retried. */
@ApplicationScoped
public class ProductService {

    public record Saved(Product product, boolean created) {
    }

    private final ProductRepository products;
    private final StockReceiptRepository receipts;
    private final StockMovementRepository movements;
    private final StockCheckService stockCheck;
    private final StockLedger ledger;
    private final Clock clock;

    ProductService(ProductRepository products, StockReceiptRepository receipts, StockMovementRepository movements,
            StockCheckService stockCheck, StockLedger ledger, Clock clock) {
        this.products = products;
        this.receipts = receipts;
        this.movements = movements;
        this.stockCheck = stockCheck;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Saved save(String sku, ProductDetails details) {
        // a row lock cannot guard a row that does not exist yet: two creations of one sku would both insert
        products.lockSku(sku);
        Instant now = clock.instant();
        Product product = products.findLocked(sku).orElse(null);
        if (product == null) {
            product = new Product(sku, details, now);
            products.persist(product);
            ledger.record(product, StockMovementCause.MANUAL_SET, product.getOnHand(), 0, null, "product created", now);
            stockCheck.resumeWaitingFor(sku);
            return new Saved(product, true);
        }
        int availableBefore = product.getAvailable();
        int onHandBefore = product.getOnHand();
        product.describe(details, now);
        ledger.record(product, StockMovementCause.MANUAL_SET, product.getOnHand() - onHandBefore, 0, null,
                "stock count corrected", now);
        if (product.getAvailable() > availableBefore) {
            stockCheck.resumeWaitingFor(sku);
        }
        return new Saved(product, false);
    }

    @Transactional
    public Product receiveStock(String sku, int quantity, String note, String receivedBy) {
        // exclusive: a stock check reading this sku's stock right now finishes first (see lockSkusForReading)
        products.lockSku(sku);
        Product product = lockedOrNotFound(sku);
        Instant now = clock.instant();
        product.receive(quantity, now);
        receipts.persist(new StockReceipt(sku, quantity, note, receivedBy, now));
        ledger.record(product, StockMovementCause.RECEIPT, quantity, 0, null, note, now);
        stockCheck.resumeWaitingFor(sku);
        return product;
    }

    /** The product's stock movements, newest first. */
    public List<StockMovement> movements(String sku, int limit) {
        get(sku);
        return movements.findNewestFirst(sku, limit);
    }

    /** The goods received for the product, newest first. */
    public List<StockReceipt> receipts(String sku, int limit) {
        get(sku);
        return receipts.findNewestFirst(sku, limit);
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
        return products.findByIdOptional(sku).orElseThrow(() -> new NotFound("product", sku));
    }

    public ResultPage<Product> all(int page, int size) {
        return products.pageBySku(page, size);
    }

    private Product lockedOrNotFound(String sku) {
        return products.findLocked(sku).orElseThrow(() -> new NotFound("product", sku));
    }
}
