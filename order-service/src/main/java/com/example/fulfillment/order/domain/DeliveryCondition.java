package com.example.fulfillment.order.domain;

/** How the customer says the parcel arrived; only GOOD completes the order. */
public enum DeliveryCondition {
    GOOD, DAMAGED, INCOMPLETE, NOT_RECEIVED
}
