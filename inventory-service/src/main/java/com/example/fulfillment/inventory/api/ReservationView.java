package com.example.fulfillment.inventory.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.inventory.domain.Reservation;
import com.example.fulfillment.inventory.domain.ReservationStatus;

public record ReservationView(String orderId, String sku, int quantity, ReservationStatus status,
        @Schema(description = "1 for the order's shipment, 2 and up for reshipments") int shipmentRound,
        @Schema(description = "the package the units left in, once shipped") String trackingNumber,
        Instant createdAt) {

    static ReservationView of(Reservation reservation) {
        return new ReservationView(reservation.getOrderId(), reservation.getSku(), reservation.getQuantity(),
                reservation.getStatus(), reservation.getShipmentRound(), reservation.getTrackingNumber(),
                reservation.getCreatedAt());
    }
}
