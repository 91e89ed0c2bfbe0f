package com.example.fulfillment.shipping.domain;

/** What a parcel's progress means for the customer, measured against the date promised. */
public enum DeliveryState {
    ON_TIME, DELAYED, ISSUE, RESOLVED
}
