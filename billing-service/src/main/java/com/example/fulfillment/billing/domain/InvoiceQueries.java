package com.example.fulfillment.billing.domain;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.persistence.BillingOrderRepository;
import com.example.fulfillment.billing.persistence.InvoiceRepository;

/** What ops and the documents read of the invoices; changes nothing. */
@ApplicationScoped
public class InvoiceQueries {

    private final InvoiceRepository invoices;
    private final BillingOrderRepository orders;
    private final InvoicePricing pricing;
    private final PaymentTerms paymentTerms;

    public InvoiceQueries(InvoiceRepository invoices, BillingOrderRepository orders, InvoicePricing pricing,
            PaymentTermsConfig paymentTerms) {
        this.invoices = invoices;
        this.orders = orders;
        this.pricing = pricing;
        this.paymentTerms = new PaymentTerms(paymentTerms.days());
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

    /** Where the invoice is addressed: its order's address (every invoice has its order). */
    public PostalAddress buyerAddressOf(Invoice invoice) {
        return orders.findByIdOptional(invoice.getOrderId()).map(BillingOrder::getAddress)
                .orElseThrow(() -> new IllegalStateException("invoice of order " + invoice.getOrderId()
                        + " has no order"));
    }

    /** The credit note of an invoice that was issued and then voided or refunded. */
    public Optional<CreditNote> creditNoteOf(Invoice invoice) {
        return CreditNote.of(invoice);
    }

    public PaymentTerms paymentTerms() {
        return paymentTerms;
    }
}
