package com.example.fulfillment.events.model;

public enum ShippingMethod {
    STANDARD, EXPRESS, SAME_DAY
}
