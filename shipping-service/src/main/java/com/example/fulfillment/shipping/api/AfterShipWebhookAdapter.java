package com.example.fulfillment.shipping.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Singleton;

import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.TrackingStatus;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * AfterShip's webhooks: {event, event_id, is_tracking_first_tag, msg, ts} with the tracking in msg. Signed with
 * the aftership-hmac-sha256 header: the base64 HMAC-SHA256 of the raw body, keyed with the webhook secret.
 */
@Singleton
public class AfterShipWebhookAdapter extends PlatformWebhookAdapter {

    static final String PLATFORM = "aftership";
    static final String SIGNATURE_HEADER = "aftership-hmac-sha256";
    static final String TRACKING_UPDATE = "tracking_update";
    /** AfterShip's subtag for "returned to sender", under the Exception tag. */
    static final String RETURNED_TO_SENDER_SUBTAG = "Exception_011";

    AfterShipWebhookAdapter(ObjectMapper mapper, WebhookSecrets secrets) {
        super(PLATFORM, mapper, secrets);
    }

    @Override
    public void verify(WebhookRequest request) {
        String secret = WebhookSignatures.required(secrets.aftership().secret(), PLATFORM);
        requireSignatureHeader(request, SIGNATURE_HEADER, signature(secret, request.body()));
    }

    static String signature(String secret, byte[] body) {
        return Base64.getEncoder()
                .encodeToString(WebhookSignatures.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    @Override
    public List<TrackingUpdate> parse(WebhookRequest request) {
        JsonNode webhook = PlatformPayload.read(mapper, request);
        String event = PlatformPayload.text(webhook, "event");
        if (event != null && !TRACKING_UPDATE.equals(event)) {
            return List.of();
        }
        String eventId = PlatformPayload.requiredText(webhook, "event_id", "event_id");
        JsonNode tracking = PlatformPayload.at(webhook, "msg");
        String trackingNumber = PlatformPayload.trackingNumber(tracking, "msg.tracking_number", "tracking_number");
        String tag = PlatformPayload.requiredText(tracking, "msg.tag", "tag");
        JsonNode latest = latestCheckpoint(tracking);
        Instant occurredAt = latest == null ? null
                : PlatformPayload.instant(PlatformPayload.text(latest, "checkpoint_time"),
                        "msg.checkpoints[].checkpoint_time");
        if (occurredAt == null) {
            JsonNode ts = webhook.get("ts");
            if (ts == null || !ts.canConvertToLong()) {
                throw ProblemException.invalidField("ts", "needed when the tracking has no checkpoints");
            }
            occurredAt = Instant.ofEpochSecond(ts.asLong());
        }
        return List.of(new TrackingUpdate(PlatformPayload.carrier(tracking, PLATFORM, "slug"), trackingNumber,
                statusOf(tag, PlatformPayload.text(tracking, "subtag")),
                latest == null ? PlatformPayload.text(tracking, "subtag_message")
                        : PlatformPayload.shorten(PlatformPayload.text(latest, "message"), 2000),
                latest == null ? null : locationOf(latest), occurredAt,
                PlatformPayload.date(PlatformPayload.text(tracking, "expected_delivery"), "msg.expected_delivery"),
                PLATFORM + ":" + eventId));
    }

    /** AfterShip lists checkpoints oldest first. */
    private static JsonNode latestCheckpoint(JsonNode tracking) {
        JsonNode checkpoints = tracking.get("checkpoints");
        if (checkpoints == null || !checkpoints.isArray() || checkpoints.isEmpty()) {
            return null;
        }
        return checkpoints.get(checkpoints.size() - 1);
    }

    private static String locationOf(JsonNode checkpoint) {
        String location = PlatformPayload.text(checkpoint, "location");
        if (location != null && !location.isBlank()) {
            return PlatformPayload.shorten(location, 200);
        }
        return PlatformPayload.place(PlatformPayload.text(checkpoint, "city"),
                PlatformPayload.text(checkpoint, "country_iso3"));
    }

    static TrackingStatus statusOf(String tag, String subtag) {
        return switch (tag) {
            case "Pending", "InfoReceived" -> TrackingStatus.PRE_TRANSIT;
            case "InTransit" -> TrackingStatus.IN_TRANSIT;
            case "OutForDelivery" -> TrackingStatus.OUT_FOR_DELIVERY;
            case "AttemptFail" -> TrackingStatus.ATTEMPT_FAILED;
            case "AvailableForPickup" -> TrackingStatus.AVAILABLE_FOR_PICKUP;
            case "Delivered" -> TrackingStatus.DELIVERED;
            case "Exception" -> RETURNED_TO_SENDER_SUBTAG.equals(subtag) ? TrackingStatus.RETURNED_TO_SENDER
                    : TrackingStatus.DELIVERY_FAILED;
            // Expired (no news for 30 days) and tags AfterShip adds later: kept, but they move nothing
            default -> TrackingStatus.UNKNOWN;
        };
    }
}
