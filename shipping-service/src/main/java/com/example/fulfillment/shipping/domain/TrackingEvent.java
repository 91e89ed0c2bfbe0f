package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A carrier's update about a known shipment. Kept even when it changed nothing (late or behind), for audits. */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent extends PanacheEntityBase {

    @Id
    private UUID id;
    private String orderId;
    private String carrier;
    private String trackingNumber;
    @Enumerated(EnumType.STRING)
    private TrackingStatus status;
    private String description;
    private String location;
    private Instant occurredAt;
    private LocalDate expectedDeliveryDate;
    private String carrierEventId;
    private Instant receivedAt;
    /** Whether the update moved the shipment; false for one that arrived late or behind. */
    private boolean applied;
    @Enumerated(EnumType.STRING)
    private DeliveryState deliveryState;

    protected TrackingEvent() {
    }

    public TrackingEvent(UUID id, String orderId, TrackingUpdate update, Instant receivedAt) {
        this.id = id;
        this.orderId = orderId;
        this.carrier = update.carrier();
        this.trackingNumber = update.trackingNumber();
        this.status = update.status();
        this.description = update.description();
        this.location = update.location();
        this.occurredAt = update.occurredAt();
        this.expectedDeliveryDate = update.expectedDeliveryDate();
        this.carrierEventId = update.carrierEventId();
        this.receivedAt = receivedAt;
    }

    /** The update moved the shipment; state is what it then means for the customer. */
    public void markApplied(DeliveryState state) {
        this.applied = true;
        this.deliveryState = state;
    }

    public UUID getId() {
        return id;
    }

    public TrackingStatus getStatus() {
        return status;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public DeliveryState getDeliveryState() {
        return deliveryState;
    }
}
