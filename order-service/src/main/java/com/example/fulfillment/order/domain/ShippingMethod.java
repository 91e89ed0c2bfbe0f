package com.example.fulfillment.order.domain;

/** How fast the customer wants the parcel; SAME_DAY is only promised where {@link SameDayDelivery} allows it. */
public enum ShippingMethod {
    STANDARD, EXPRESS, SAME_DAY
}
