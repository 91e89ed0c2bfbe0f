package com.example.fulfillment.events;

import com.example.fulfillment.events.model.OrderStatus;

/** The way out: every service undoes what it did for the order (stock, invoice, shipment) and the customer is told. */
public record OrderCancelled(String orderId, OrderStatus cancelledAt, String reason, String cancelledBy)
        implements SagaEvent {
}
