package com.example.fulfillment.order.domain;

import java.math.BigDecimal;

/**
 * Billing credited the invoice with this credit note: the amount goes back to the customer. creditNote is the
 * credit note document as the customer got it, null when billing sent none.
 */
public record IssuedRefund(String orderId, String invoiceNumber, String creditNoteNumber, String currency,
        BigDecimal amount, Paper creditNote) {
}
