package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The invoice billing prepared: its lines and totals in currency, and the invoice document as the customer got it
 * (null when billing sent none, as before it sent its PDF: the dossier then has no invoice rather than a copy).
 */
public record PreparedInvoice(String orderId, String invoiceNumber, String currency, List<InvoiceLine> lines,
        BigDecimal subtotal, BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total, Paper invoiceDocument) {
}
