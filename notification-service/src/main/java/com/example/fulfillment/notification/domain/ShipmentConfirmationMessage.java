package com.example.fulfillment.notification.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * @param items what the parcel holds, as last reserved for the order; empty if this service never heard
 * @param trackingLink where the customer follows the parcel on the tracking portal
 */
public record ShipmentConfirmationMessage(String customerName, String orderId, String carrier, String trackingNumber,
        LocalDate expectedDeliveryDate, List<ParcelItem> items, String trackingLink) implements CustomerMessage {

    @Override
    public NotificationKind kind() {
        return NotificationKind.SHIPMENT_CONFIRMATION;
    }

    @Override
    public String dedupKey() {
        return trackingNumber;
    }

    public boolean hasItems() {
        return items != null && !items.isEmpty();
    }
}
