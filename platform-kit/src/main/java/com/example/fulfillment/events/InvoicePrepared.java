package com.example.fulfillment.events;

import java.math.BigDecimal;
import java.util.List;

import com.example.fulfillment.events.model.Document;
import com.example.fulfillment.events.model.InvoiceLine;

/**
 * Step 4: the invoice with its lines and totals, in currency, rounded as billing documents:
 * total = subtotal (merchandise) − discountTotal + feesTotal (shipping, gift wrap, packaging) + taxTotal.
 * Fee lines are among the lines, with no sku. invoiceDocument is the invoice as the customer gets it (kind
 * INVOICE, application/pdf, base64), so that the dossier files those very bytes; null in events published before
 * billing sent it.
 */
public record InvoicePrepared(String orderId, String invoiceNumber, String currency, List<InvoiceLine> lines,
        BigDecimal subtotal, BigDecimal discountTotal, BigDecimal feesTotal, BigDecimal taxTotal, BigDecimal total,
        Document invoiceDocument) implements SagaEvent {

    /** An invoice announced without its document, as every event before invoiceDocument existed. */
    public InvoicePrepared(String orderId, String invoiceNumber, String currency, List<InvoiceLine> lines,
            BigDecimal subtotal, BigDecimal discountTotal, BigDecimal feesTotal, BigDecimal taxTotal,
            BigDecimal total) {
        this(orderId, invoiceNumber, currency, lines, subtotal, discountTotal, feesTotal, taxTotal, total, null);
    }
}
