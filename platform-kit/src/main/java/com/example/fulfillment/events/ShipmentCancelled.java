package com.example.fulfillment.events;

/** Compensation of steps 5–8: the package will not leave; its label is void. */
public record ShipmentCancelled(String orderId, String trackingNumber, String reason) implements SagaEvent {
}
