package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;

public record TransportPlan(String carrier, String carrierService, Instant pickupAt, LocalDate expectedDeliveryDate) {
}
