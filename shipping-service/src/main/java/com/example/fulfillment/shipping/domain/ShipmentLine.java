package com.example.fulfillment.shipping.domain;

/** How many of one product a parcel holds, or a reshipment asks for. */
public record ShipmentLine(String sku, int quantity) {
}
