package com.example.fulfillment.billing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.billing.domain.Invoice;
import com.example.fulfillment.billing.domain.InvoiceLineItem;
import com.example.fulfillment.billing.domain.InvoiceLineKind;
import com.example.fulfillment.billing.domain.InvoiceStatus;

@Schema(description = "An order's invoice; total = subtotal − discountTotal + feesTotal + taxTotal. While AWAITING_PRICES"
        + " it has no number, lines or figures yet: missingPrices names the skus ops still have to price.")
public record InvoiceResponse(String orderId, String number, InvoiceStatus status, String currency,
        Customer customer, String billingCountry, List<Line> lines,
        @Schema(description = "Merchandise subtotal: the product lines") BigDecimal subtotal,
        String discountCode, BigDecimal discountTotal, BigDecimal feesTotal,
        @Schema(description = "Rate applied to subtotal − discount + fees, e.g. 0.19") BigDecimal taxRate,
        BigDecimal taxTotal, BigDecimal total,
        @Schema(description = "Remarks for the customer, e.g. a discount code that was not applied") String note,
        Instant issuedAt, Instant voidedAt, String voidReason,
        @Schema(description = "What inventory allocated, which the invoice is priced from") List<AllocatedItem> allocatedItems,
        Instant allocatedAt,
        @Schema(description = "Skus without a price that keep the invoice AWAITING_PRICES; empty otherwise")
        List<String> missingPrices,
        @Schema(description = "The credit note of a REFUNDED invoice; null otherwise (a VOIDED invoice's"
                + " credit note, CN-<invoice number>, is read as a document: /invoices/{orderId}/credit-note)")
        CreditNote creditNote) {

    public record Customer(String name, String email) {
    }

    public record AllocatedItem(String sku, String name, int quantity) {
    }

    @Schema(description = "Credits the whole invoice: amount = the invoice's total")
    public record CreditNote(String number, String currency, BigDecimal amount, Instant issuedAt, String requestedBy,
            String reason) {
    }

    @Schema(description = "A product line (with its sku) or a fee line (without)")
    public record Line(InvoiceLineKind kind, String description, String sku, int quantity, BigDecimal unitPrice,
            BigDecimal amount) {
    }

    static InvoiceResponse of(Invoice invoice, Collection<String> missingPrices) {
        CreditNote creditNote = invoice.getCreditNoteNumber() == null ? null
                : new CreditNote(invoice.getCreditNoteNumber(), invoice.getCurrency(), invoice.getRefundAmount(),
                        invoice.getRefundedAt(), invoice.getRefundRequestedBy(), invoice.getRefundReason());
        return new InvoiceResponse(invoice.getOrderId(), invoice.getNumber(), invoice.getStatus(),
                invoice.getCurrency(), new Customer(invoice.getCustomerName(), invoice.getCustomerEmail()),
                invoice.getBillingCountry(), invoice.getLines().stream().map(InvoiceResponse::lineOf).toList(),
                invoice.getSubtotal(), invoice.getDiscountCode(), invoice.getDiscountTotal(), invoice.getFeesTotal(),
                presentedRate(invoice.getTaxRate()), invoice.getTaxTotal(), invoice.getTotal(), invoice.getNote(),
                invoice.getIssuedAt(), invoice.getVoidedAt(), invoice.getVoidReason(),
                invoice.getAllocatedItems().stream()
                        .map(item -> new AllocatedItem(item.getSku(), item.getName(), item.getQuantity())).toList(),
                invoice.getAllocatedAt(), List.copyOf(missingPrices), creditNote);
    }

    private static Line lineOf(InvoiceLineItem line) {
        return new Line(line.getKind(), line.getDescription(), line.getSku(), line.getQuantity(), line.getUnitPrice(),
                line.getAmount());
    }

    /** Stored with four decimals; shown as configured, but with at least two (0.19, 0.075, 0.00). */
    private static BigDecimal presentedRate(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }
}
