package com.example.fulfillment.order.domain;

/** Where the customer wants to hear about the order; SMS needs a phone number. */
public enum NotificationChannel {
    EMAIL, SMS, PORTAL
}
