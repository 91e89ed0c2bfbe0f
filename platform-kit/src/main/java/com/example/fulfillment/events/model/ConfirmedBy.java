package com.example.fulfillment.events.model;

public enum ConfirmedBy {
    CARRIER, CUSTOMER
}
