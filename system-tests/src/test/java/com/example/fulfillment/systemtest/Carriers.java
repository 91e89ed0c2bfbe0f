package com.example.fulfillment.systemtest;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.example.fulfillment.systemtest.RunningStack.Service;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The carrier platforms as shipping-service's webhook sees them: each posts its own payload format, signed its
 * own way, with the secrets the shared stack is configured with. Bodies are sent byte for byte as signed.
 */
final class Carriers {

    static final String EASYPOST_SECRET = "system-test-easypost-s\u00e9cret";
    static final String AFTERSHIP_SECRET = "system-test-aftership-secret";
    static final String SHIPPO_TOKEN = "system-test-shippo-token";
    /** The direct carriers, each signing with a secret of its own. */
    static final java.util.List<String> DIRECT_CARRIERS = java.util.List.of("dhl", "ups", "courier");

    static String secretOf(String carrier) {
        return "system-test-" + carrier + "-secret";
    }

    private Carriers() {
    }

    /** Our own format, for a carrier posting directly: signed with X-Fulfillment-Signature. */
    static ValidatableResponse plain(String carrier, String trackingNumber, String status, String description,
            String location) {
        return plain(carrier, trackingNumber, status, description, location, null);
    }

    /** With the carrier's new expected delivery date, e.g. a later one than promised: a delay. */
    static ValidatableResponse plain(String carrier, String trackingNumber, String status, String description,
            String location, LocalDate expectedDeliveryDate) {
        String body = plainBody(trackingNumber, status, description, location, expectedDeliveryDate);
        return given().contentType(ContentType.JSON)
                .header(PLAIN_SIGNATURE_HEADER, plainSignature(carrier, body))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(Service.SHIPPING.url() + "/carriers/" + carrier + "/webhooks")
                .then();
    }

    static final String PLAIN_SIGNATURE_HEADER = "X-Fulfillment-Signature";

    /**
     * A new update in our own format: an event id and a time of its own. A carrier that got no answer posts the same
     * body again: the same update, which shipping-service must take once.
     */
    static String plainBody(String trackingNumber, String status, String description, String location,
            LocalDate expectedDeliveryDate) {
        return """
                {"trackingNumber":"%s","status":"%s","description":"%s","location":"%s","occurredAt":"%s",\
                "eventId":"%s"%s}""".formatted(trackingNumber, status, description, location, Instant.now(),
                UUID.randomUUID(), expectedDeliveryDate == null ? ""
                        : ",\"expectedDeliveryDate\":\"" + expectedDeliveryDate + "\"");
    }

    /** The value of {@link #PLAIN_SIGNATURE_HEADER} for this body, signed with the carrier's secret. */
    static String plainSignature(String carrier, String body) {
        return "sha256=" + hex(hmac(secretOf(carrier).getBytes(StandardCharsets.UTF_8), body));
    }

    /** EasyPost: an Event of tracker.updated whose result is the Tracker; X-Hmac-Signature with an NFKD key. */
    static ValidatableResponse easyPost(String trackingNumber, String status, LocalDate estimatedDelivery) {
        String body = """
                {"description":"tracker.updated","mode":"test","id":"evt_%s","object":"Event",\
                "result":{"id":"trk_%s","object":"Tracker","mode":"test","tracking_code":"%s","status":"%s",\
                "est_delivery_date":"%sT00:00:00Z","carrier":"DHLExpress","tracking_details":[{"object":"TrackingDetail",\
                "message":"%s","status":"%s","datetime":"%s","tracking_location":{"object":"TrackingLocation",\
                "city":"Berlin","state":null,"country":"DE","zip":"10117"}}]}}""".formatted(
                UUID.randomUUID().toString().replace("-", ""), UUID.randomUUID().toString().replace("-", ""),
                trackingNumber, status, estimatedDelivery, "EasyPost says " + status, status, Instant.now());
        byte[] key = Normalizer.normalize(EASYPOST_SECRET, Normalizer.Form.NFKD).getBytes(StandardCharsets.UTF_8);
        return given().contentType(ContentType.JSON)
                .header("X-Hmac-Signature", "hmac-sha256-hex=" + hex(hmac(key, body)))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(Service.SHIPPING.url() + "/carriers/easypost/webhooks")
                .then();
    }

    /** AfterShip: {event, event_id, msg, ts}; aftership-hmac-sha256 is the base64 HMAC of the raw body. */
    static ValidatableResponse afterShip(String trackingNumber, String tag, String subtag, LocalDate expectedDelivery) {
        String body = """
                {"event":"tracking_update","event_id":"%s","is_tracking_first_tag":false,"ts":%d,\
                "msg":{"id":"%s","tracking_number":"%s","slug":"dhl","tag":"%s","subtag":"%s",\
                "expected_delivery":"%s","checkpoints":[{"tag":"%s","subtag":"%s","message":"AfterShip says %s",\
                "checkpoint_time":"%s","city":"Berlin","country_iso3":"DEU"}]}}""".formatted(UUID.randomUUID(),
                Instant.now().getEpochSecond(), UUID.randomUUID(), trackingNumber, tag, subtag, expectedDelivery,
                tag, subtag, tag, Instant.now());
        return given().contentType(ContentType.JSON)
                .header("aftership-hmac-sha256",
                        Base64.getEncoder().encodeToString(hmac(AFTERSHIP_SECRET.getBytes(StandardCharsets.UTF_8), body)))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(Service.SHIPPING.url() + "/carriers/aftership/webhooks")
                .then();
    }

    /** Shippo: {event: track_updated, test, data}; protected by the token the shop put in the webhook URL. */
    static ValidatableResponse shippo(String trackingNumber, String status, LocalDate eta) {
        String body = """
                {"event":"track_updated","test":true,"data":{"tracking_number":"%s","carrier":"dhl_express",\
                "eta":"%sT12:00:00Z","tracking_status":{"status":"%s","status_details":"Shippo says %s",\
                "status_date":"%s","location":{"city":"Berlin","state":null,"zip":"10117","country":"DE"}},\
                "tracking_history":[]}}""".formatted(trackingNumber, eta, status, status, Instant.now());
        return given().contentType(ContentType.JSON)
                .queryParam("token", SHIPPO_TOKEN)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(Service.SHIPPING.url() + "/carriers/shippo/webhooks")
                .then();
    }

    private static byte[] hmac(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
