package com.example.fulfillment.events;

/** Compensation of step 4. */
public record InvoiceVoided(String orderId, String invoiceNumber, String reason) implements SagaEvent {
}
