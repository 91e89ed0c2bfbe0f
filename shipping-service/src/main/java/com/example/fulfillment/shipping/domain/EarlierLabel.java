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

    public String carrier;
    public String trackingNumber;
    public String packageId;
    public String label;
    public Instant labelledAt;
    public Instant shippedAt;
    /** One "sku=quantity" per line: an embeddable cannot hold a collection of its own. */
    public String items;
    @Enumerated(EnumType.STRING)
    public TrackingStatus trackingStatus;
    public Instant lastTrackingAt;
    public Instant replacedAt;
    public String replaceReason;

    protected EarlierLabel() {
    }

    static EarlierLabel of(Shipment shipment, String reason, Instant replacedAt) {
        EarlierLabel earlier = new EarlierLabel();
        earlier.carrier = shipment.carrier;
        earlier.trackingNumber = shipment.trackingNumber;
        earlier.packageId = shipment.packageId;
        earlier.label = shipment.label;
        earlier.labelledAt = shipment.labelledAt;
        earlier.shippedAt = shipment.shippedAt;
        earlier.items = shipment.items.stream().map(item -> item.sku + "=" + item.quantity)
                .collect(Collectors.joining("\n"));
        earlier.trackingStatus = shipment.trackingStatus;
        earlier.lastTrackingAt = shipment.lastTrackingAt;
        earlier.replacedAt = replacedAt;
        earlier.replaceReason = reason;
        return earlier;
    }

    public List<ShipmentLine> lines() {
        return Arrays.stream(items.split("\n")).filter(line -> !line.isBlank())
                .map(line -> line.split("=", 2))
                .map(parts -> new ShipmentLine(parts[0], Integer.parseInt(parts[1])))
                .toList();
    }
}
