package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.OrderLine;

/**
 * The customer changed what a waiting order asks for (took an in-stock alternative for a short line): these
 * lines replace the old ones, and availability is verified again.
 */
public record OrderAmended(String orderId, List<OrderLine> lines, String reason) implements SagaEvent {
}
