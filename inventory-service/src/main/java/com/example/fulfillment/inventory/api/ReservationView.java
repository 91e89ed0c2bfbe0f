package com.example.fulfillment.inventory.api;

import java.time.Instant;

import com.example.fulfillment.inventory.domain.Reservation;
import com.example.fulfillment.inventory.domain.ReservationStatus;

public record ReservationView(String orderId, String sku, int quantity, ReservationStatus status, Instant createdAt) {

    static ReservationView of(Reservation reservation) {
        return new ReservationView(reservation.orderId(), reservation.sku(), reservation.quantity(),
                reservation.status(), reservation.createdAt());
    }
}
