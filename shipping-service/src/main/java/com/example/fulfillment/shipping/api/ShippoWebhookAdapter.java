package com.example.fulfillment.shipping.api;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Singleton;

import com.example.fulfillment.shipping.domain.TrackingStatus;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shippo's track_updated webhooks: {event, test, data} with the Track in data. Shippo does not sign its
 * webhooks; its documented protection is a secret token the shop puts into the URL it registers
 * (/carriers/shippo/webhooks?token=...), checked here like a signature.
 */
@Singleton
public class ShippoWebhookAdapter extends PlatformWebhookAdapter {

    static final String PLATFORM = "shippo";
    static final String TOKEN_PARAMETER = "token";
    static final String TRACK_UPDATED = "track_updated";

    ShippoWebhookAdapter(ObjectMapper mapper, WebhookSecrets secrets) {
        super(PLATFORM, mapper, secrets);
    }

    @Override
    public void verify(WebhookRequest request) {
        String token = WebhookSignatures.required(secrets.shippo().token(), PLATFORM);
        WebhookSignatures.requireMatch(token, request.queryParameter(TOKEN_PARAMETER),
                TOKEN_PARAMETER + " query parameter");
    }

    @Override
    public List<TrackingUpdate> parse(WebhookRequest request) {
        JsonNode webhook = PlatformPayload.read(mapper, request);
        if (!TRACK_UPDATED.equals(PlatformPayload.text(webhook, "event"))) {
            return List.of();
        }
        JsonNode track = PlatformPayload.at(webhook, "data");
        String trackingNumber = PlatformPayload.trackingNumber(track, "data.tracking_number", "tracking_number");
        String status = PlatformPayload.requiredText(track, "data.tracking_status.status", "tracking_status",
                "status");
        String statusDate = PlatformPayload.requiredText(track, "data.tracking_status.status_date",
                "tracking_status", "status_date");
        Instant occurredAt = PlatformPayload.instant(statusDate, "data.tracking_status.status_date");
        // Shippo's events carry no id: a re-sent one repeats number, status and status date
        String eventId = PLATFORM + ":" + trackingNumber + ":" + status + ":" + statusDate;
        return List.of(new TrackingUpdate(PlatformPayload.carrier(track, PLATFORM, "carrier"), trackingNumber,
                statusOf(status),
                PlatformPayload.shorten(PlatformPayload.text(track, "tracking_status", "status_details"), 2000),
                PlatformPayload.place(PlatformPayload.text(track, "tracking_status", "location", "city"),
                        PlatformPayload.text(track, "tracking_status", "location", "state"),
                        PlatformPayload.text(track, "tracking_status", "location", "country")),
                occurredAt, PlatformPayload.date(PlatformPayload.text(track, "eta"), "data.eta"),
                PlatformPayload.shorten(eventId, 200)));
    }

    static TrackingStatus statusOf(String status) {
        return switch (status) {
            case "PRE_TRANSIT" -> TrackingStatus.PRE_TRANSIT;
            case "TRANSIT" -> TrackingStatus.IN_TRANSIT;
            case "DELIVERED" -> TrackingStatus.DELIVERED;
            case "RETURNED" -> TrackingStatus.RETURNED_TO_SENDER;
            case "FAILURE" -> TrackingStatus.DELIVERY_FAILED;
            // UNKNOWN and whatever Shippo adds later: kept, but they move nothing
            default -> TrackingStatus.UNKNOWN;
        };
    }
}
