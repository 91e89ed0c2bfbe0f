package com.example.fulfillment.notification.domain;

import java.time.LocalDate;

public record DeliveryUpdateMessage(String customerName, String orderId, String trackingUpdateId,
        String trackingNumber, DeliveryState deliveryState, String description, LocalDate expectedDeliveryDate)
        implements CustomerMessage {

    @Override
    public NotificationKind kind() {
        return NotificationKind.DELIVERY_UPDATE;
    }

    @Override
    public String dedupKey() {
        return trackingUpdateId;
    }
}
