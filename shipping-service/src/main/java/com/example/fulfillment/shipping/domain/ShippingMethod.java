package com.example.fulfillment.shipping.domain;

/** How fast the customer asked for the order; each method has its carrier and its business days. */
public enum ShippingMethod {
    STANDARD, EXPRESS, SAME_DAY
}
