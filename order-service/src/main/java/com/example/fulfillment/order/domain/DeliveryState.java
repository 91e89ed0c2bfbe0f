package com.example.fulfillment.order.domain;

/** shipping-service's reading of a tracking update: what the customer would be told about the delivery. */
public enum DeliveryState {
    ON_TIME, DELAYED, ISSUE, RESOLVED
}
