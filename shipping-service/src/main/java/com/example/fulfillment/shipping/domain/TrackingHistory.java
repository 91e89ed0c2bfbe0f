package com.example.fulfillment.shipping.domain;

import java.util.List;

public record TrackingHistory(Shipment shipment, List<TrackingEvent> events) {
}
