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
    public UUID id;
    public String orderId;
    public String carrier;
    public String trackingNumber;
    @Enumerated(EnumType.STRING)
    public TrackingStatus status;
    public String description;
    public String location;
    public Instant occurredAt;
    public LocalDate expectedDeliveryDate;
    public String carrierEventId;
    public Instant receivedAt;
    /** Whether the update moved the shipment; false for one that arrived late or behind. */
    public boolean applied;
    @Enumerated(EnumType.STRING)
    public DeliveryState deliveryState;

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
}
