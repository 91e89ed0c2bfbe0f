package com.example.fulfillment.shipping.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A label a reshipment replaced, with the parcel it was on. Its carrier may still report that parcel (most often:
 * returned to sender), so it keeps its own tracking status.
 */
@Embeddable
public class EarlierLabel {

    private String carrier;
    private String trackingNumber;
    private String packageId;
    private String label;
    private Instant labelledAt;
    private Instant shippedAt;
    /** One "sku=quantity" per line: an embeddable cannot hold a collection of its own. */
    private String items;
    @Enumerated(EnumType.STRING)
    private TrackingStatus trackingStatus;
    private Instant lastTrackingAt;
    private Instant replacedAt;
    private String replaceReason;

    protected EarlierLabel() {
    }

    static EarlierLabel of(Shipment shipment, String reason, Instant replacedAt) {
        EarlierLabel earlier = new EarlierLabel();
        ShippingLabel current = shipment.getLabel();
        earlier.carrier = current.getCarrier();
        earlier.trackingNumber = current.getTrackingNumber();
        earlier.packageId = shipment.getParcel().getPackageId();
        earlier.label = current.getDocument();
        earlier.labelledAt = current.getLabelledAt();
        earlier.shippedAt = shipment.getShippedAt();
        earlier.items = shipment.getItems().stream().map(item -> item.getSku() + "=" + item.getQuantity())
                .collect(Collectors.joining("\n"));
        earlier.trackingStatus = shipment.getTracking().status();
        earlier.lastTrackingAt = shipment.getTracking().lastTrackingAt();
        earlier.replacedAt = replacedAt;
        earlier.replaceReason = reason;
        return earlier;
    }

    /** The carrier's update moved the old parcel: see {@link TrackingProgress#advances}. */
    public void track(TrackingStatus status, Instant occurredAt) {
        this.trackingStatus = status;
        this.lastTrackingAt = occurredAt;
    }

    public List<ShipmentLine> lines() {
        return Arrays.stream(items.split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.split("=", 2))
                .map(parts -> new ShipmentLine(parts[0], Integer.parseInt(parts[1])))
                .toList();
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getPackageId() {
        return packageId;
    }

    public String getLabel() {
        return label;
    }

    public Instant getLabelledAt() {
        return labelledAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public TrackingStatus getTrackingStatus() {
        return trackingStatus;
    }

    public Instant getLastTrackingAt() {
        return lastTrackingAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getReplaceReason() {
        return replaceReason;
    }
}
