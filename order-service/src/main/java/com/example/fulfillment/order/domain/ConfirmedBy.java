package com.example.fulfillment.order.domain;

/** Who says the parcel arrived: the carrier's report, or the customer's own confirmation. */
public enum ConfirmedBy {
    CARRIER, CUSTOMER
}
