package com.example.fulfillment.notification.domain;

/** Where the carrier says the parcel is, in shipping-service's vocabulary (the wire's constant names). */
public enum TrackingStatus {
    PRE_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, DELIVERY_FAILED,
    RETURNED_TO_SENDER, UNKNOWN
}
