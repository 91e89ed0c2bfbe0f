package com.example.fulfillment.order.domain;

import java.time.Instant;

/** Someone says the parcel arrived, in the condition they report. */
public record DeliveryConfirmation(String orderId, ConfirmedBy confirmedBy, String condition, Instant confirmedAt) {
}
