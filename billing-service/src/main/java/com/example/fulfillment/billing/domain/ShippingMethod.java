package com.example.fulfillment.billing.domain;

/** How the order travels, which decides its shipping fee; named as order-service names them. */
public enum ShippingMethod {
    STANDARD, EXPRESS, SAME_DAY
}
