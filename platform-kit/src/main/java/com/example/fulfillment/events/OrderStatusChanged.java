package com.example.fulfillment.events;

import java.time.Instant;

import com.example.fulfillment.events.model.OrderStatus;

/** Steps 7, 10, 15 and every other move of the order's status; cause says which event or person moved it. */
public record OrderStatusChanged(String orderId, OrderStatus from, OrderStatus to, String cause, Instant changedAt)
        implements SagaEvent {
}
