package com.example.fulfillment.billing.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.billing.persistence.PriceRepository;
import com.example.fulfillment.domain.ResultPage;

/** The price list ops maintain; invoices read it when they are prepared, and waiting invoices are issued by it. */
@ApplicationScoped
public class PriceService {

    private final PriceRepository prices;
    private final InvoiceIssuing invoices;
    private final Clock clock;

    public PriceService(PriceRepository prices, InvoiceIssuing invoices, Clock clock) {
        this.prices = prices;
        this.invoices = invoices;
        this.clock = clock;
    }

    /** Sets the price and, in the same transaction, issues the invoices that waited only for it. */
    @Transactional
    public Price setPrice(String sku, BigDecimal unitPrice, String setBy) {
        Optional<Price> existing = prices.findByIdOptional(sku);
        Price price;
        if (existing.isPresent()) {
            price = existing.get();
            price.change(unitPrice, setBy, clock.instant());
        } else {
            price = new Price(sku, unitPrice, setBy, clock.instant());
            prices.persist(price);
        }
        invoices.issueInvoicesAwaiting(sku);
        return price;
    }

    public Optional<Price> priceOf(String sku) {
        return prices.findByIdOptional(sku);
    }

    public ResultPage<Price> prices(int page, int size) {
        return prices.pageBySku(page, size);
    }
}
