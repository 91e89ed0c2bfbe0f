package com.example.fulfillment.shipping.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The carrier's product booked for the parcel and when it is picked up. */
@Embeddable
public class TransportBooking {

    private String carrierService;
    private Instant pickupAt;
    @Column(name = "transport_arranged_at")
    private Instant arrangedAt;

    protected TransportBooking() {
    }

    TransportBooking(TransportPlan plan, Instant arrangedAt) {
        this.carrierService = plan.carrierService();
        this.pickupAt = plan.pickupAt();
        this.arrangedAt = arrangedAt;
    }

    public String getCarrierService() {
        return carrierService;
    }

    public Instant getPickupAt() {
        return pickupAt;
    }

    public Instant getArrangedAt() {
        return arrangedAt;
    }
}
