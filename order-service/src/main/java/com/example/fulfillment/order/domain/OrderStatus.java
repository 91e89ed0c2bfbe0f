package com.example.fulfillment.order.domain;

/** Where the order stands in its life cycle; {@link OrderTransitions} says which status may follow which. */
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
    /** The customer reported a problem with the delivery; ops decide (reship or refund). */
    DELIVERY_ISSUE,
    /** The carrier could not deliver (failure, return to sender); ops decide (reship or refund). */
    DELIVERY_FAILED,
    /** A replacement shipment is on its way through packing, labelling and transport again. */
    RESHIPPING,
    COMPLETED,
    REFUNDED,
    CANCELLED
}
