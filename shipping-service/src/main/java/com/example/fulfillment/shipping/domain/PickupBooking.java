package com.example.fulfillment.shipping.domain;

import java.math.BigDecimal;

/** A pickup the carrier confirmed; the confirmation is what the driver and the carrier's hotline know it by. */
public record PickupBooking(String pickupId, String confirmation, String carrier, String service, BigDecimal price,
        String currency) {
}
