package com.example.fulfillment.shipping.carrier;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Shipping as a business on a carrier platform runs it: labels bought from the local EasyPost-compatible platform of
 * deploy/infra.sh, whose tracker.updated webhooks are signed with its own secret.
 */
public class CarrierPlatformLabels implements QuarkusTestProfile {

    static final String PLATFORM_WEBHOOK_SECRET = "local-easypost-secret";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("fulfillment.shipping.labels-from", "CARRIER_PLATFORM",
                "shipping.webhooks.easypost.secret", PLATFORM_WEBHOOK_SECRET);
    }
}
