package com.example.fulfillment.shipping.domain;

/** trackingUpdateId is set when the update was kept against a shipment (applied or only recorded). */
public record TrackingResult(String trackingNumber, TrackingOutcome outcome, String trackingUpdateId) {
}
