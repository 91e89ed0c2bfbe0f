package com.example.fulfillment.inventory.domain;

/** Why a product's on-hand or reserved count changed. */
public enum StockMovementCause {
    /** ops created the product or corrected its counted stock (PUT /products/{sku}) */
    MANUAL_SET,
    /** goods received into the warehouse */
    RECEIPT,
    /** units reserved for an order: on its approval, or again for a reshipment */
    ALLOCATION,
    /** an order's reserved units given back because it was cancelled */
    RELEASE,
    /** reserved units left the warehouse with the order */
    SHIPMENT,
    /** the carrier brought shipped units back */
    RETURN
}
