package com.example.fulfillment.shipping.domain;

import java.time.Instant;

/** Collect the bought parcel at this address between earliest and latest; instructions are for the driver. */
public record PickupRequest(String platformShipmentId, Address at, Instant earliest, Instant latest,
        String instructions) {
}
