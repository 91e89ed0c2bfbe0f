package com.example.fulfillment.order.domain;

/** A label for the parcel: each label has a tracking number of its own. */
public record ShippingLabel(String orderId, String carrier, String trackingNumber, Paper label) {
}
