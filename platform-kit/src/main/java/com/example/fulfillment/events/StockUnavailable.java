package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.StockShortage;

/** Step 2, the other way: some lines are short; the customer is offered alternatives and restock dates. */
public record StockUnavailable(String orderId, List<StockShortage> shortages) implements SagaEvent {
}
