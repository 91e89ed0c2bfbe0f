package com.example.fulfillment.billing.documents;

import java.time.LocalDate;
import java.util.List;

import com.example.fulfillment.billing.domain.CreditNote;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.PostalAddress;

import io.quarkus.qute.TemplateData;

/** What the credit note document prints: the invoice it corrects, why, and every line and figure given back. */
@TemplateData
public record CreditNoteSheet(String number, LocalDate date, String invoiceNumber, LocalDate invoiceDate,
        String orderId, String currency, SellerDetails seller, Buyer buyer, String reason, String explanation,
        String requestedBy, List<DocumentLine> lines, DocumentFigures figures, String discountCode) {

    /** The credit note of this invoice, made out to whom the invoice was. */
    public static CreditNoteSheet of(CreditNote creditNote, Invoice invoice, PostalAddress buyerAddress,
            SellerDetails seller) {
        return new CreditNoteSheet(creditNote.number(), InvoiceSheet.dateOf(creditNote.issuedAt()),
                creditNote.invoiceNumber(), InvoiceSheet.dateOf(creditNote.invoiceIssuedAt()), invoice.getOrderId(),
                creditNote.currency(), seller,
                Buyer.of(invoice.getCustomerName(), invoice.getCustomerEmail(), buyerAddress),
                reasonOf(creditNote.reason()), InvoiceSheet.textOrEmpty(creditNote.explanation()),
                InvoiceSheet.textOrEmpty(creditNote.requestedBy()),
                creditNote.creditedLines().stream().map(DocumentLine::of).map(DocumentLine::credited).toList(),
                DocumentFigures.credited(creditNote.credited()), InvoiceSheet.textOrEmpty(invoice.getDiscountCode()));
    }

    private static String reasonOf(CreditNote.Reason reason) {
        return switch (reason) {
            case CANCELLED -> "order cancelled, invoice voided";
            case REFUNDED -> "order refunded";
        };
    }
}
