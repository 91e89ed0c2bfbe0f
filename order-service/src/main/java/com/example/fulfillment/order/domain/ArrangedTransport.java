package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A carrier pickup booked for the parcel; part of what approval gate A2 decides on. */
public record ArrangedTransport(String orderId, String carrier, String carrierService, ShippingMethod shippingMethod,
        String trackingNumber, Instant pickupAt, LocalDate expectedDeliveryDate) {
}
