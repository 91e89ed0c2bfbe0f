package com.example.fulfillment.events;

import java.math.BigDecimal;
import java.util.List;

import com.example.fulfillment.events.model.InvoiceLine;

/**
 * Step 4: the invoice with its lines and totals, in currency, rounded as billing documents:
 * total = subtotal (merchandise) − discountTotal + feesTotal (shipping, gift wrap, packaging) + taxTotal.
 * Fee lines are among the lines, with no sku.
 */
public record InvoicePrepared(String orderId, String invoiceNumber, String currency, List<InvoiceLine> lines,
        BigDecimal subtotal, BigDecimal discountTotal, BigDecimal feesTotal, BigDecimal taxTotal, BigDecimal total)
        implements SagaEvent {
}
