package com.example.fulfillment.order.domain;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The parcel that travels now: whether it is packed and labelled, its carrier and tracking number, when it is
 * expected. A reshipment starts a new parcel, which is packed and labelled again and counts as a pass of its own.
 */
@Embeddable
public class Parcel {

    private String carrier;
    private String trackingNumber;
    private LocalDate expectedDeliveryDate;
    private boolean packed;
    private boolean labelled;
    private int reshipments;

    void markPacked() {
        packed = true;
    }

    void markLabelled(String carrier, String trackingNumber) {
        labelled = true;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
    }

    void shipWith(String carrier, String trackingNumber, LocalDate expectedDeliveryDate) {
        if (carrier != null) {
            this.carrier = carrier;
        }
        if (trackingNumber != null) {
            this.trackingNumber = trackingNumber;
        }
        expectDeliveryOn(expectedDeliveryDate);
    }

    void expectDeliveryOn(LocalDate date) {
        if (date != null) {
            expectedDeliveryDate = date;
        }
    }

    /** The first parcel's packing and label no longer count for its replacement. */
    void replace() {
        reshipments++;
        packed = false;
        labelled = false;
    }

    boolean isPackedAndLabelled() {
        return packed && labelled;
    }

    boolean isReplacement() {
        return reshipments > 0;
    }

    /**
     * Which shipment pass a package or label belongs to: the first is "", a reshipment's is ":reship1", ...; a
     * reshipment's package must not be taken for a repeat of the first package's event.
     */
    String pass() {
        return reshipments == 0 ? "" : ":reship" + reshipments;
    }

    /** News about a parcel that a reshipment replaced must not fail the replacement. */
    boolean concerns(String parcelTrackingNumber) {
        return parcelTrackingNumber == null || trackingNumber == null || parcelTrackingNumber.equals(trackingNumber);
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getExpectedDeliveryDate() {
        return expectedDeliveryDate;
    }
}
