package com.example.fulfillment.billing.documents;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.billing.domain.CreditNote;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.InvoiceQueries;
import com.example.fulfillment.billing.domain.SellerConfig;

import io.quarkus.qute.TemplateInstance;

/**
 * An invoice's documents, made out one way for every reader: the API serves them as HTML or PDF, and the events
 * carry the PDF, so the customer's download and the order's dossier are the same document.
 */
@ApplicationScoped
public class IssuedDocuments {

    private final InvoiceQueries invoices;
    private final SellerDetails seller;
    private final PdfRenderer pdf;

    IssuedDocuments(InvoiceQueries invoices, SellerConfig sellerConfig, PdfRenderer pdf) {
        this.invoices = invoices;
        this.seller = SellerDetails.of(sellerConfig);
        this.pdf = pdf;
    }

    /** The invoice document of an issued invoice, saying so when it was voided or refunded since. */
    public TemplateInstance invoice(Invoice invoice) {
        return BillingDocuments.invoice(InvoiceSheet.of(invoice, invoices.buyerAddressOf(invoice),
                invoices.paymentTerms(), seller));
    }

    public TemplateInstance creditNote(CreditNote creditNote, Invoice invoice) {
        return BillingDocuments.creditNote(CreditNoteSheet.of(creditNote, invoice, invoices.buyerAddressOf(invoice),
                seller));
    }

    public byte[] invoicePdf(Invoice invoice) {
        return pdf.render(invoice(invoice).render());
    }

    public byte[] creditNotePdf(CreditNote creditNote, Invoice invoice) {
        return pdf.render(creditNote(creditNote, invoice).render());
    }
}
