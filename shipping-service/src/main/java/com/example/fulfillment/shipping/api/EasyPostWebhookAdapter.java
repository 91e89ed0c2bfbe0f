package com.example.fulfillment.shipping.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Singleton;

import com.example.fulfillment.problem.ProblemException;
import com.example.fulfillment.shipping.domain.TrackingStatus;
import com.example.fulfillment.shipping.domain.TrackingUpdate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * EasyPost's webhooks: an Event whose result is a Tracker. Signed with X-Hmac-Signature:
 * hmac-sha256-hex=&lt;hex HMAC-SHA256 of the raw body&gt;, keyed with the secret normalized to NFKD (as EasyPost's
 * client libraries do, so a secret with accents matches theirs).
 */
@Singleton
public class EasyPostWebhookAdapter extends PlatformWebhookAdapter {

    static final String PLATFORM = "easypost";
    static final String SIGNATURE_HEADER = "X-Hmac-Signature";
    static final String SIGNATURE_PREFIX = "hmac-sha256-hex=";
    static final String TRACKER_UPDATED = "tracker.updated";

    EasyPostWebhookAdapter(ObjectMapper mapper, WebhookSecrets secrets) {
        super(PLATFORM, mapper, secrets);
    }

    @Override
    public void verify(WebhookRequest request) {
        String secret = WebhookSignatures.required(secrets.easypost().secret(), PLATFORM);
        requireSignatureHeader(request, SIGNATURE_HEADER, signature(secret, request.body()));
    }

    static String signature(String secret, byte[] body) {
        byte[] key = Normalizer.normalize(secret, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
        return SIGNATURE_PREFIX + HexFormat.of().formatHex(WebhookSignatures.hmacSha256(key, body));
    }

    @Override
    public List<TrackingUpdate> parse(WebhookRequest request) {
        JsonNode event = PlatformPayload.read(mapper, request);
        // EasyPost sends every event type to the same URL; only trackers concern us
        if (!TRACKER_UPDATED.equals(PlatformPayload.text(event, "description"))) {
            return List.of();
        }
        String eventId = PlatformPayload.requiredText(event, "id", "id");
        JsonNode tracker = PlatformPayload.at(event, "result");
        String trackingCode = PlatformPayload.trackingNumber(tracker, "result.tracking_code", "tracking_code");
        String status = PlatformPayload.requiredText(tracker, "result.status", "status");
        JsonNode latest = latestDetail(tracker);
        Instant occurredAt = latest == null ? null
                : PlatformPayload.instant(PlatformPayload.text(latest, "datetime"),
                        "result.tracking_details[].datetime");
        if (occurredAt == null) {
            occurredAt = PlatformPayload.instant(PlatformPayload.text(tracker, "updated_at"), "result.updated_at");
        }
        if (occurredAt == null) {
            throw ProblemException.invalidField("result.updated_at",
                    "the tracker has neither tracking details nor updated_at");
        }
        return List.of(new TrackingUpdate(PlatformPayload.carrier(tracker, PLATFORM, "carrier"), trackingCode,
                statusOf(status),
                latest == null ? null : PlatformPayload.shorten(PlatformPayload.text(latest, "message"), 2000),
                latest == null ? null
                        : PlatformPayload.place(PlatformPayload.text(latest, "tracking_location", "city"),
                                PlatformPayload.text(latest, "tracking_location", "state"),
                                PlatformPayload.text(latest, "tracking_location", "country")),
                occurredAt,
                PlatformPayload.date(PlatformPayload.text(tracker, "est_delivery_date"), "result.est_delivery_date"),
                PLATFORM + ":" + eventId));
    }

    /** The tracking details come oldest first; the tracker's status is the latest one's. */
    private static JsonNode latestDetail(JsonNode tracker) {
        JsonNode details = tracker.get("tracking_details");
        if (details == null || !details.isArray() || details.isEmpty()) {
            return null;
        }
        return details.get(details.size() - 1);
    }

    static TrackingStatus statusOf(String status) {
        return switch (status) {
            case "pre_transit" -> TrackingStatus.PRE_TRANSIT;
            case "in_transit" -> TrackingStatus.IN_TRANSIT;
            case "out_for_delivery" -> TrackingStatus.OUT_FOR_DELIVERY;
            case "available_for_pickup" -> TrackingStatus.AVAILABLE_FOR_PICKUP;
            case "delivered" -> TrackingStatus.DELIVERED;
            case "return_to_sender" -> TrackingStatus.RETURNED_TO_SENDER;
            case "failure" -> TrackingStatus.DELIVERY_FAILED;
            // unknown, cancelled, error and whatever EasyPost adds later: kept, but they move nothing
            default -> TrackingStatus.UNKNOWN;
        };
    }
}
