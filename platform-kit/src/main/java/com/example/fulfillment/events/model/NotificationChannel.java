package com.example.fulfillment.events.model;

/** Where the customer wants to hear about the order: the seed's e-mail, SMS and online tracking portal. */
public enum NotificationChannel {
    EMAIL, SMS, PORTAL
}
