package com.example.fulfillment.order.domain;

/** A message reached (or failed to reach) the customer on one channel. */
public record CustomerNotification(String orderId, String notificationId, String kind, NotificationChannel channel,
        String recipient, boolean delivered) {
}
