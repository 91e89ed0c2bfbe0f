package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.OrderLine;

/** Step 2: every line of the order is in stock right now (nothing is reserved yet). */
public record StockVerified(String orderId, List<OrderLine> lines) implements SagaEvent {
}
