package com.example.fulfillment.shipping.domain;

import java.util.Optional;

/**
 * A paid label: the carrier's tracking code, the documents to stick on the parcel and the platform's tracker
 * whose updates will come back through the platform's webhook. zpl is present only when it was asked for.
 */
public record BoughtLabel(String platformShipmentId, String carrier, String service, String trackingCode,
        String trackerId, byte[] pdf, Optional<byte[]> zpl) {
}
