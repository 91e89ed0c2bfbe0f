package com.example.fulfillment.shipping.api;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every webhook adapter has: its name in the webhook path, a JSON reader and the platforms' secrets. The
 * adapters are @Singleton: a client proxy would need a no-args constructor this class does not offer.
 */
abstract class PlatformWebhookAdapter implements CarrierWebhookAdapter {

    private final String platform;
    protected final ObjectMapper mapper;
    protected final WebhookSecrets secrets;

    PlatformWebhookAdapter(String platform, ObjectMapper mapper, WebhookSecrets secrets) {
        this.platform = platform;
        this.mapper = mapper;
        this.secrets = secrets;
    }

    @Override
    public String platform() {
        return platform;
    }

    /** Passes when the header carries the signature we compute over the raw body; otherwise a 401. */
    static void requireSignatureHeader(WebhookRequest request, String header, String expected) {
        WebhookSignatures.requireMatch(expected, request.header(header), header + " header");
    }
}
