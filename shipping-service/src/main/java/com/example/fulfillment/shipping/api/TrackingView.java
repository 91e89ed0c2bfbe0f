package com.example.fulfillment.shipping.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.shipping.domain.DeliveryState;
import com.example.fulfillment.shipping.domain.TrackingEvent;
import com.example.fulfillment.shipping.domain.TrackingHistory;
import com.example.fulfillment.shipping.domain.TrackingStatus;

import io.quarkus.qute.TemplateData;

@Schema(description = "What the public tracking portal shows about a parcel")
@TemplateData
public record TrackingView(String trackingNumber, String carrier, TrackingStatus status, DeliveryState deliveryState,
        LocalDate expectedDeliveryDate, List<Event> events) {

    @TemplateData
    public record Event(TrackingStatus status, String description, String location, Instant occurredAt) {
    }

    /** The portal is public: it shows where the parcel is, never who it is for. */
    static TrackingView of(TrackingHistory history) {
        return new TrackingView(history.trackingNumber(), history.carrier(), history.status(),
                history.deliveryState(), history.expectedDeliveryDate(),
                history.events().stream().map(TrackingView::event).toList());
    }

    private static Event event(TrackingEvent event) {
        return new Event(event.getStatus(), event.getDescription(), event.getLocation(), event.getOccurredAt());
    }
}
