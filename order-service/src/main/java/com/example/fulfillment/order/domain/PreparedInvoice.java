package com.example.fulfillment.order.domain;

import java.math.BigDecimal;
import java.util.List;

/** The invoice billing prepared, as the dossier keeps it: its lines and totals in currency. */
public record PreparedInvoice(String orderId, String invoiceNumber, String currency, List<InvoiceLine> lines,
        BigDecimal subtotal, BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total) {
}
