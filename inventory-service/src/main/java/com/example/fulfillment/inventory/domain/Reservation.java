package com.example.fulfillment.inventory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Units of one product kept for one shipment of one order. An order ships once, or again in a later round when
 * ops reship it; at most one reservation per order, sku and round (a database constraint).
 */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    /** the order's own shipment; reshipments take the rounds after it */
    public static final int FIRST_ROUND = 1;

    @Id
    private UUID id;
    private String orderId;
    private String sku;
    private int quantity;
    private int shipmentRound;
    @Enumerated(EnumType.STRING)
    private ReservationStatus status;
    private String trackingNumber;
    private Instant createdAt;
    private Instant updatedAt;

    protected Reservation() {
    }

    public Reservation(String orderId, String sku, int quantity, int shipmentRound, Instant now) {
        if (shipmentRound < FIRST_ROUND) {
            throw new IllegalArgumentException("shipment rounds count from " + FIRST_ROUND + ", not " + shipmentRound);
        }
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.sku = sku;
        this.quantity = quantity;
        this.shipmentRound = shipmentRound;
        this.status = ReservationStatus.HELD;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void release(Instant now) {
        leave(ReservationStatus.RELEASED, now);
    }

    /** @param trackingNumber the package the units left in, so that its return puts back exactly these */
    public void ship(String trackingNumber, Instant now) {
        leave(ReservationStatus.SHIPPED, now);
        this.trackingNumber = trackingNumber;
    }

    public void markReturned(Instant now) {
        if (status != ReservationStatus.SHIPPED) {
            throw new IllegalStateException("reservation of " + sku + " for order " + orderId + " is " + status
                    + "; only shipped units can come back");
        }
        status = ReservationStatus.RETURNED;
        updatedAt = now;
    }

    /** Whether these units left in that package; units shipped before packages were recorded match any. */
    public boolean leftIn(String trackingNumber) {
        return this.trackingNumber == null || trackingNumber == null || this.trackingNumber.equals(trackingNumber);
    }

    private void leave(ReservationStatus next, Instant now) {
        if (status != ReservationStatus.HELD) {
            throw new IllegalStateException("reservation of " + sku + " for order " + orderId + " is already " + status);
        }
        status = next;
        updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getShipmentRound() {
        return shipmentRound;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
