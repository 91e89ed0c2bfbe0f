package com.example.fulfillment.order.domain;

/**
 * Billing voided the invoice after the order was cancelled. creditNote is the credit note that corrects it, as
 * the customer got it; null when billing sent none.
 */
public record VoidedInvoice(String orderId, String invoiceNumber, String reason, Paper creditNote) {
}
