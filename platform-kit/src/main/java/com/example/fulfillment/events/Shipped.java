package com.example.fulfillment.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Step 9: the package was handed to the carrier together with these documents (label, invoice). */
public record Shipped(String orderId, String carrier, String trackingNumber, Instant shippedAt,
        LocalDate expectedDeliveryDate, List<String> documentsHandedOver) implements SagaEvent {
}
