package com.example.fulfillment.shipping.domain;

/** Where a parcel is, in our words: each carrier platform's statuses are mapped onto these at the edge. */
public enum TrackingStatus {
    PRE_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY,
    /** The carrier tried to deliver and will try again: an issue, not the end. */
    ATTEMPT_FAILED,
    AVAILABLE_FOR_PICKUP, DELIVERED,
    /** The carrier gave up delivering. */
    DELIVERY_FAILED,
    RETURNED_TO_SENDER,
    /** The carrier does not know, or says so in words we cannot read: kept, but it moves nothing. */
    UNKNOWN
}
