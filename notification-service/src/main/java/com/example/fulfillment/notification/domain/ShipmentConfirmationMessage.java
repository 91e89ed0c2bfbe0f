package com.example.fulfillment.notification.domain;

import java.time.LocalDate;

public record ShipmentConfirmationMessage(String customerName, String orderId, String carrier, String trackingNumber,
        LocalDate expectedDeliveryDate) implements CustomerMessage {

    @Override
    public NotificationKind kind() {
        return NotificationKind.SHIPMENT_CONFIRMATION;
    }

    @Override
    public String dedupKey() {
        return trackingNumber;
    }
}
