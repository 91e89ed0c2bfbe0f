package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.example.fulfillment.events.model.TrackingStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A carrier update for a tracking number we never issued (or mistyped by the carrier): for ops to look into. */
@Entity
@Table(name = "unmatched_tracking_update")
public class UnmatchedTrackingUpdate extends PanacheEntityBase {

    @Id
    public UUID id;
    public String carrier;
    @Column(name = "tracking_number")
    public String trackingNumber;
    @Enumerated(EnumType.STRING)
    public TrackingStatus status;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "carrier_event_id")
    public String carrierEventId;
    @Column(name = "received_at")
    public Instant receivedAt;

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
}
