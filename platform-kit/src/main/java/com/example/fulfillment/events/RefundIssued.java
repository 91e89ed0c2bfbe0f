package com.example.fulfillment.events;

import java.math.BigDecimal;

/** Billing credited the invoice: the amount goes back to the customer. */
public record RefundIssued(String orderId, String invoiceNumber, String creditNoteNumber, String currency,
        BigDecimal amount) implements SagaEvent {
}
