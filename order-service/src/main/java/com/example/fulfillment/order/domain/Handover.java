package com.example.fulfillment.order.domain;

import java.time.LocalDate;
import java.util.List;

/** The parcel was handed to the carrier together with these documents. */
public record Handover(String orderId, String carrier, String trackingNumber, LocalDate expectedDeliveryDate,
        List<String> documentsHandedOver) {
}
