package com.example.fulfillment.events;

/** Compensation of step 3: the order's reservation went back to stock. */
public record StockReleased(String orderId, String reason) implements SagaEvent {
}
