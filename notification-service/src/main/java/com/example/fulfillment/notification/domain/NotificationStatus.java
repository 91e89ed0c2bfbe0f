package com.example.fulfillment.notification.domain;

public enum NotificationStatus {
    PENDING, SENT, FAILED
}
