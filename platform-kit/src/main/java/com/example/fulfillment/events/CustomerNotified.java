package com.example.fulfillment.events;

import java.time.Instant;

import com.example.fulfillment.events.model.NotificationChannel;

/** Steps 11, 13, 16: a message reached (or failed to reach) the customer on one channel. */
public record CustomerNotified(String orderId, String notificationId, String kind, NotificationChannel channel,
        String recipient, boolean delivered, Instant sentAt) implements SagaEvent {
}
