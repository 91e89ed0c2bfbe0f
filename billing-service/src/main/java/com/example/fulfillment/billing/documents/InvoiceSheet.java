package com.example.fulfillment.billing.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.example.fulfillment.billing.domain.CreditNote;
import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.InvoiceTotals;
import com.example.fulfillment.billing.domain.PaymentTerms;
import com.example.fulfillment.billing.domain.PostalAddress;

import io.quarkus.qute.TemplateData;

/** What the invoice document prints, taken from an issued invoice; it computes nothing the domain did not. */
@TemplateData
public record InvoiceSheet(String number, LocalDate invoiceDate, String orderId, String currency,
        SellerDetails seller, Buyer buyer, String paymentTerms, List<DocumentLine> lines, DocumentFigures figures,
        String discountCode, String note, String statusNotice) {

    public static InvoiceSheet of(Invoice invoice, PostalAddress buyerAddress, PaymentTerms terms,
            SellerDetails seller) {
        LocalDate invoiceDate = dateOf(invoice.getIssuedAt());
        return new InvoiceSheet(invoice.getNumber(), invoiceDate, invoice.getOrderId(), invoice.getCurrency(), seller,
                Buyer.of(invoice.getCustomerName(), invoice.getCustomerEmail(), buyerAddress),
                describe(terms, invoiceDate), invoice.getLines().stream().map(DocumentLine::of).toList(),
                DocumentFigures.charged(InvoiceTotals.of(invoice)), textOrEmpty(invoice.getDiscountCode()),
                textOrEmpty(invoice.getNote()), statusNoticeOf(invoice));
    }

    /**
     * Documents are dated in UTC, the zone whose year the invoice and credit note numbers count in, so that a
     * number and the date printed beside it never name different years.
     */
    static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static String textOrEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String describe(PaymentTerms terms, LocalDate invoiceDate) {
        return terms.daysToPay() == 0 ? "Payable on receipt, without deduction."
                : "Payable within %d days of the invoice date, by %s, without deduction."
                        .formatted(terms.daysToPay(), terms.dueDate(invoiceDate));
    }

    /** A voided or refunded invoice says so above everything else, and names the credit note that corrects it. */
    private static String statusNoticeOf(Invoice invoice) {
        String creditNote = CreditNote.of(invoice).map(note -> " by credit note " + note.number()).orElse("");
        if (invoice.isVoided()) {
            String reason = invoice.getVoidReason() == null ? "" : " (" + invoice.getVoidReason() + ")";
            return "VOIDED on " + dateOf(invoice.getVoidedAt()) + reason + creditNote;
        }
        if (invoice.isRefunded()) {
            return "REFUNDED on " + dateOf(invoice.getRefundedAt()) + creditNote;
        }
        return "";
    }
}
