package com.example.fulfillment.events;

import java.util.List;

import com.example.fulfillment.events.model.OrderLine;

/** Ops chose to send the order again after a failed delivery: new stock, a new package and label, a new shipment. */
public record ReshipmentRequested(String orderId, List<OrderLine> lines, String requestedBy, String reason)
        implements SagaEvent {
}
