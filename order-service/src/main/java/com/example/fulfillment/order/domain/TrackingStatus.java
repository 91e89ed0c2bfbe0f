package com.example.fulfillment.order.domain;

/**
 * What a carrier's tracking update says about the parcel, in shipping-service's words. ATTEMPT_FAILED is an issue
 * the carrier will try again after; DELIVERY_FAILED and RETURNED_TO_SENDER mean the parcel will not arrive.
 */
public enum TrackingStatus {
    PRE_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, ATTEMPT_FAILED, AVAILABLE_FOR_PICKUP, DELIVERED, DELIVERY_FAILED,
    RETURNED_TO_SENDER, UNKNOWN;

    /** The parcel will not reach the customer this way: ops must reship or refund. */
    public boolean isDeliveryFailure() {
        return this == DELIVERY_FAILED || this == RETURNED_TO_SENDER;
    }
}
