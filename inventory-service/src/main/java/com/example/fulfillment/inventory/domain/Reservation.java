package com.example.fulfillment.inventory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Units of one product kept for one order; at most one per order and sku (a database constraint). */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    @Id
    private UUID id;
    private String orderId;
    private String sku;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private ReservationStatus status;
    private Instant createdAt;
    private Instant updatedAt;

    protected Reservation() {
    }

    public Reservation(String orderId, String sku, int quantity, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.sku = sku;
        this.quantity = quantity;
        this.status = ReservationStatus.HELD;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void release(Instant now) {
        leave(ReservationStatus.RELEASED, now);
    }

    public void ship(Instant now) {
        leave(ReservationStatus.SHIPPED, now);
    }

    private void leave(ReservationStatus next, Instant now) {
        if (status != ReservationStatus.HELD) {
            throw new IllegalStateException("reservation of " + sku + " for order " + orderId + " is already " + status);
        }
        status = next;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
