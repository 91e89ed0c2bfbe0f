package com.example.fulfillment.events.model;

/** Our own tracking status vocabulary; each carrier platform's statuses are mapped onto it by shipping-service. */
public enum TrackingStatus {
    PRE_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, AVAILABLE_FOR_PICKUP, DELIVERED, DELIVERY_FAILED, RETURNED_TO_SENDER,
    UNKNOWN
}
