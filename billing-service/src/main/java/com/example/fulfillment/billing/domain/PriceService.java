package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.billing.persistence.PriceRepository;

/** The price list ops maintain; invoices read it when they are prepared. */
@ApplicationScoped
public class PriceService {

    private final PriceRepository prices;
    private final Clock clock;

    public PriceService(PriceRepository prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    @Transactional
    public Price setPrice(String sku, BigDecimal unitPrice) {
        Optional<Price> existing = prices.findByIdOptional(sku);
        if (existing.isPresent()) {
            existing.get().change(unitPrice, clock.instant());
            return existing.get();
        }
        Price price = new Price(sku, unitPrice, clock.instant());
        prices.persist(price);
        return price;
    }

    public Optional<Price> priceOf(String sku) {
        return prices.findByIdOptional(sku);
    }

    public List<Price> allPrices() {
        return prices.allBySku();
    }
}
