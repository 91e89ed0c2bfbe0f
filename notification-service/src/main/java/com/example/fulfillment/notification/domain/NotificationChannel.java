package com.example.fulfillment.notification.domain;

/** Where the customer wants to hear about the order; the names are those stored and shown in the API. */
public enum NotificationChannel {
    EMAIL, SMS, PORTAL
}
