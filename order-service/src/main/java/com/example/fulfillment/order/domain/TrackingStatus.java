package com.example.fulfillment.order.domain;

/** What a carrier's tracking update says about the parcel, in shipping-service's words. */
public enum TrackingStatus {
    PRE_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY,
    /** The carrier tried to deliver and will try again: an issue, not the end. */
    ATTEMPT_FAILED,
    AVAILABLE_FOR_PICKUP, DELIVERED,
    /** The carrier gave up delivering. */
    DELIVERY_FAILED,
    RETURNED_TO_SENDER,
    UNKNOWN;

    /** The parcel will not reach the customer this way: ops must reship or refund. */
    public boolean isDeliveryFailure() {
        return this == DELIVERY_FAILED || this == RETURNED_TO_SENDER;
    }
}
