package com.example.fulfillment.shipping.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The carrier's product booked for the parcel and when it is picked up; with a carrier platform, also the pickup
 * it confirmed (the confirmation is what the driver and the carrier's hotline know it by) and the scan form.
 */
@Embeddable
public class TransportBooking {

    private String carrierService;
    private Instant pickupAt;
    @Column(name = "transport_arranged_at")
    private Instant arrangedAt;
    private String pickupId;
    private String pickupConfirmation;
    /** The scan form the approved parcel is on, which the driver scans instead of every parcel. */
    private String manifestId;

    protected TransportBooking() {
    }

    TransportBooking(TransportPlan plan, Instant arrangedAt) {
        this.carrierService = plan.carrierService();
        this.pickupAt = plan.pickupAt();
        this.arrangedAt = arrangedAt;
    }

    TransportBooking(TransportPlan plan, PickupBooking pickup, Instant arrangedAt) {
        this(plan, arrangedAt);
        this.pickupId = pickup.pickupId();
        this.pickupConfirmation = pickup.confirmation();
    }

    void putOnScanForm(String scanFormId) {
        this.manifestId = scanFormId;
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

    public String getPickupId() {
        return pickupId;
    }

    public String getPickupConfirmation() {
        return pickupConfirmation;
    }

    public String getManifestId() {
        return manifestId;
    }
}
