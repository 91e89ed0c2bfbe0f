package com.example.fulfillment.notification.domain;

public enum NotificationStatus {
    PENDING, SENT, FAILED,
    /** No longer true when it would have gone out (the order was cancelled first): never sent. */
    WITHDRAWN
}
