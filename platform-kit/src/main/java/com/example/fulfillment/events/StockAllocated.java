package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.AllocatedItem;

/** Step 3: the lines are reserved for this order alone. */
public record StockAllocated(String orderId, List<AllocatedItem> items) implements SagaEvent {
}
