package com.example.fulfillment.events.model;

/** Our own tracking status vocabulary; each carrier platform's statuses are mapped onto it by shipping-service. */
public enum TrackingStatus {
    PRE_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY,
    /** The carrier tried to deliver and will try again (AfterShip's AttemptFail): an issue, not the end. */
    ATTEMPT_FAILED,
    AVAILABLE_FOR_PICKUP, DELIVERED,
    /** The carrier gave up delivering (EasyPost failure, Shippo FAILURE, AfterShip Exception). */
    DELIVERY_FAILED,
    RETURNED_TO_SENDER,
    UNKNOWN
}
