package com.example.fulfillment.events.model;

/** The order's status as order-service owns it; carried by OrderStatusChanged. */
public enum OrderStatus {
    RECEIVED,
    AVAILABILITY_VERIFIED,
    AWAITING_STOCK,
    VERIFIED,
    ALLOCATED,
    INVOICED,
    READY_FOR_SHIPMENT,
    SHIPMENT_APPROVED,
    SHIPPED,
    DELIVERED,
    COMPLETED,
    CANCELLED
}
