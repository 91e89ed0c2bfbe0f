package com.example.fulfillment.shipping.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A webhook exactly as it arrived: signatures are computed over the raw bytes, so the body is never decoded and
 * re-encoded before it is verified.
 */
public record WebhookRequest(String carrier, Map<String, List<String>> headers,
        Map<String, List<String>> queryParameters, byte[] body) {

    public WebhookRequest {
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, matched case-insensitively as HTTP requires; null if absent. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
                .map(header -> header.getValue().get(0))
                .findFirst().orElse(null);
    }

    public String queryParameter(String name) {
        List<String> values = queryParameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
