package com.example.fulfillment.shipping.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The current label: the carrier and the tracking number it gives the parcel, and the printed document. */
@Embeddable
public class ShippingLabel {

    private String carrier;
    private String trackingNumber;
    @Column(name = "label")
    private String document;
    private Instant labelledAt;

    protected ShippingLabel() {
    }

    ShippingLabel(String carrier, String trackingNumber, Instant labelledAt) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.labelledAt = labelledAt;
    }

    /** The document shows the tracking number and the package's weight, so it is printed once both are known. */
    void print(ShippingDocument printed) {
        this.document = printed.content();
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getDocument() {
        return document;
    }

    public Instant getLabelledAt() {
        return labelledAt;
    }
}
