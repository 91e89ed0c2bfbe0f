package com.example.fulfillment.shipping.domain;

/** Where a parcel is, in our words: each carrier platform's statuses are mapped onto these at the edge. */
public enum TrackingStatus {
    /** Labelled and announced to the carrier, not yet in its hands. */
    PRE_TRANSIT,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    /** The carrier tried to deliver and will try again: an issue, not the end. */
    ATTEMPT_FAILED,
    /** Waiting at a pickup point or locker for the customer. */
    AVAILABLE_FOR_PICKUP,
    DELIVERED,
    /** The carrier gave up delivering. */
    DELIVERY_FAILED,
    /** On its way back to us, or already here. */
    RETURNED_TO_SENDER,
    /** The carrier does not know, or says so in words we cannot read: kept, but it moves nothing. */
    UNKNOWN;

    /** Whether a scan with this status says the carrier has the parcel: its first such scan is the handover. */
    public boolean carrierHasTheParcel() {
        return this != PRE_TRANSIT && this != UNKNOWN;
    }
}
