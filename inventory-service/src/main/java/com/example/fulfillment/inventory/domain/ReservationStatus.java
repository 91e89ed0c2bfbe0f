package com.example.fulfillment.inventory.domain;

public enum ReservationStatus {
    /** kept for the order: counted in the product's reserved */
    HELD,
    /** given back to stock because the order was cancelled */
    RELEASED,
    /** left the warehouse with the order */
    SHIPPED,
    /** shipped, and the carrier brought the units back: they are on hand again */
    RETURNED
}
