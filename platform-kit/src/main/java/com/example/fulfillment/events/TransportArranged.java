package com.example.fulfillment.events;

import java.time.Instant;
import java.time.LocalDate;

import com.example.fulfillment.events.model.ShippingMethod;

/** Step 8: a carrier pickup is booked for the shipping method, with the expected delivery date. */
public record TransportArranged(String orderId, String carrier, String carrierService, ShippingMethod shippingMethod,
        String trackingNumber, Instant pickupAt, LocalDate expectedDeliveryDate) implements SagaEvent {
}
