package com.example.fulfillment.billing.domain;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.persistence.InvoiceRepository;

/** What ops and the documents read of the invoices; changes nothing. */
@ApplicationScoped
public class InvoiceQueries {

    private final InvoiceRepository invoices;
    private final InvoicePricing pricing;

    public InvoiceQueries(InvoiceRepository invoices, InvoicePricing pricing) {
        this.invoices = invoices;
        this.pricing = pricing;
    }

    public Optional<Invoice> invoiceOf(String orderId) {
        return invoices.withLines(orderId);
    }

    public List<Invoice> invoicesIn(InvoiceStatus status, int limit) {
        return invoices.inStatus(status, limit);
    }

    /** The skus that keep a waiting invoice from being issued, sorted; empty for any other invoice. */
    public SortedSet<String> missingPrices(Invoice invoice) {
        return pricing.missingPrices(invoice);
    }
}
