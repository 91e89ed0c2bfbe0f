package com.example.fulfillment.notification.domain;

public record OrderCancelledMessage(String customerName, String orderId, String reason) implements CustomerMessage {

    @Override
    public NotificationKind kind() {
        return NotificationKind.ORDER_CANCELLED;
    }

    /** An order is cancelled once. */
    @Override
    public String dedupKey() {
        return "";
    }
}
