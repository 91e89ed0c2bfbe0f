package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A carrier update for a tracking number we never issued (or mistyped by the carrier): for ops to look into. */
@Entity
@Table(name = "unmatched_tracking_update")
public class UnmatchedTrackingUpdate extends PanacheEntityBase {

    @Id
    private UUID id;
    private String carrier;
    private String trackingNumber;
    @Enumerated(EnumType.STRING)
    private TrackingStatus status;
    private Instant occurredAt;
    private String carrierEventId;
    private Instant receivedAt;

    protected UnmatchedTrackingUpdate() {
    }

    public UnmatchedTrackingUpdate(UUID id, TrackingUpdate update, Instant receivedAt) {
        this.id = id;
        this.carrier = update.carrier();
        this.trackingNumber = update.trackingNumber();
        this.status = update.status();
        this.occurredAt = update.occurredAt();
        this.carrierEventId = update.carrierEventId();
        this.receivedAt = receivedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public TrackingStatus getStatus() {
        return status;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getCarrierEventId() {
        return carrierEventId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
