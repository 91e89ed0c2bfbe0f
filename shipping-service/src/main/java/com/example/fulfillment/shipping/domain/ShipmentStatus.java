package com.example.fulfillment.shipping.domain;

/** Where a shipment stands, in the order the saga moves it. */
public enum ShipmentStatus {
    /** The order is known; its items are not allocated yet. */
    RECEIVED,
    ALLOCATED,
    /** Packed and labelled: waiting for the order to be ready for shipment. */
    LABELLED,
    TRANSPORT_ARRANGED,
    /**
     * Approved and on the carrier platform's scan form, waiting for the driver: shipped once the carrier's first
     * scan says it has the parcel.
     */
    AWAITING_CARRIER,
    SHIPPED,
    DELIVERED,
    /** The carrier brought the parcel back to us (return to sender). */
    RETURNED,
    CANCELLED;

    public boolean handedOver() {
        return this == SHIPPED || this == DELIVERED || this == RETURNED;
    }
}
