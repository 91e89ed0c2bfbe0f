package com.example.fulfillment.events.model;

/** The seed's three kinds of customer update about delivery, plus the problem state between them. */
public enum DeliveryState {
    ON_TIME, DELAYED, ISSUE, RESOLVED
}
