package com.example.fulfillment.notification.domain;

/** How the parcel's delivery stands, as a delivery update tells it; each state has its own wording. */
public enum DeliveryState {
    ON_TIME, DELAYED, ISSUE, RESOLVED
}
