package com.example.fulfillment.shipping.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The signature checks on their own, and what an unconfigured platform gets. */
class WebhookVerificationTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    private static WebhookSecrets secrets(String value) {
        Optional<String> secret = Optional.ofNullable(value);
        WebhookSecrets.Platform platform = () -> secret;
        return new WebhookSecrets() {
            public Platform easypost() {
                return platform;
            }

            public Platform aftership() {
                return platform;
            }

            public Shippo shippo() {
                return () -> secret;
            }

            public Map<String, Platform> carriers() {
                return Map.of("dhl", platform, "easypost", platform);
            }
        };
    }

    private static WebhookRequest request(String header, String value, String token) {
        return new WebhookRequest("easypost", header == null ? Map.of() : Map.of(header, List.of(value)),
                token == null ? Map.of() : Map.of("token", List.of(token)), BODY);
    }

    private static int statusOf(Runnable verification) {
        return assertThrows(ProblemException.class, verification::run).status();
    }

    @Test
    void aPlatformWithoutASecretIsRefusedEvenWithAnEmptySignature() {
        var unconfigured = new EasyPostWebhookAdapter(new ObjectMapper(), secrets(null));
        assertEquals(401, statusOf(() -> unconfigured.verify(request("X-Hmac-Signature", "", null))));
        var blank = new ShippoWebhookAdapter(new ObjectMapper(), secrets(" "));
        assertEquals(401, statusOf(() -> blank.verify(request(null, null, " "))));
    }

    @Test
    void headersAreMatchedWhateverTheirCase() {
        var adapter = new AfterShipWebhookAdapter(new ObjectMapper(), secrets("k"));
        adapter.verify(request("AfterShip-Hmac-Sha256", AfterShipWebhookAdapter.signature("k", BODY), null));
        assertEquals(401, statusOf(() -> adapter.verify(
                request("aftership-hmac-sha256", AfterShipWebhookAdapter.signature("other", BODY), null))));
    }

    @Test
    void theEasyPostKeyIsTheSecretInNfkd() {
        // "é" as one code point and as "e" + combining acute are the same secret to EasyPost
        assertEquals(EasyPostWebhookAdapter.signature("s\u00e9cret", BODY),
                EasyPostWebhookAdapter.signature("se\u0301cret", BODY));
    }

    @Test
    void thePlainSignatureIsTheLowercaseHexHmacWithItsPrefix() {
        String expected = "sha256=" + Webhooks.hex(Webhooks.hmac("k".getBytes(StandardCharsets.UTF_8), "{\"a\":1}"));
        assertEquals(expected, PlainWebhookAdapter.signature("k", BODY));
        var adapter = new PlainWebhookAdapter(new ObjectMapper(), null, secrets("k"));
        adapter.verify(request("x-fulfillment-signature", expected, null));
        assertEquals(401, statusOf(() -> adapter.verify(request("X-Fulfillment-Signature",
                expected.toUpperCase(), null))));
    }
}
