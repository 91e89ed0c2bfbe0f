package com.example.fulfillment.order.domain;

/**
 * Where the order stands in its life cycle; {@link OrderTransitions} says which status may follow which. The happy
 * path runs from RECEIVED to COMPLETED; a parcel that does not arrive well waits in DELIVERY_ISSUE (the customer
 * says so) or DELIVERY_FAILED (the carrier does) until ops send it again (RESHIPPING) or give the money back
 * (REFUNDED). CANCELLED ends an order that has not shipped.
 */
public enum OrderStatus {
    RECEIVED, AVAILABILITY_VERIFIED, AWAITING_STOCK, VERIFIED, ALLOCATED, INVOICED,
    READY_FOR_SHIPMENT, SHIPMENT_APPROVED, SHIPPED, DELIVERED,
    DELIVERY_ISSUE, DELIVERY_FAILED, RESHIPPING,
    COMPLETED, REFUNDED, CANCELLED
}
