package com.example.fulfillment.notification.domain;

public record OrderCompletedMessage(String customerName, String orderId) implements CustomerMessage {

    @Override
    public NotificationKind kind() {
        return NotificationKind.ORDER_COMPLETED;
    }

    /** An order completes once. */
    @Override
    public String dedupKey() {
        return "";
    }
}
