package com.example.fulfillment.events;

import java.math.BigDecimal;
import java.util.List;

import com.example.fulfillment.events.model.InvoiceLine;

/** Step 4: the invoice with its lines and totals; amounts are in currency, rounded as billing documents. */
public record InvoicePrepared(String orderId, String invoiceNumber, String currency, List<InvoiceLine> lines,
        BigDecimal subtotal, BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total) implements SagaEvent {
}
