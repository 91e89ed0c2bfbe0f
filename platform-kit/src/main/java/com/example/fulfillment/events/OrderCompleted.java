package com.example.fulfillment.events;

import java.time.Instant;

/** Step 15: delivery is confirmed and the order is done. */
public record OrderCompleted(String orderId, Instant completedAt) implements SagaEvent {
}
