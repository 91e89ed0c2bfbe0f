package com.example.fulfillment.systemtest;

import java.util.Map;

/**
 * The settings every system test runs with. Each gate decides by rule, so that a test picks its path by the
 * order it places: up to 10 items pass Order Verification by policy, more wait for a person; STANDARD and
 * EXPRESS pass Shipment Details, SAME_DAY waits; on-time tracking updates are confirmed, delays and issues
 * wait. Same-day orders are accepted until 23:59, so that the tests do not depend on the time of day.
 */
final class StackSettings {

    private StackSettings() {
    }

    static Map<String, String> settings() {
        Map<String, String> settings = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("approvals.order-verification.policy", "RULE"),
            Map.entry("approvals.order-verification.max-automatic-quantity", "10"),
            Map.entry("approvals.shipment-details.policy", "RULE"),
            Map.entry("approvals.tracking-confirmation.policy", "RULE"),
            Map.entry("orders.same-day.cutoff", "23:59"),
            // the tests post the carriers' webhooks themselves, for the carriers' own number ranges;
            // CarrierPlatformJourneyIT restarts shipping-service on the local carrier platform for its order
            Map.entry("fulfillment.shipping.labels-from", "CARRIER_CONTRACTS"),
            Map.entry("shipping.webhooks.easypost.secret", Carriers.EASYPOST_SECRET),
            Map.entry("shipping.webhooks.aftership.secret", Carriers.AFTERSHIP_SECRET),
            Map.entry("shipping.webhooks.shippo.token", Carriers.SHIPPO_TOKEN),
            // the prod profile has no default for it; the local SMS gateway of deploy/infra.sh takes this key
            Map.entry("sms.gateway.api-key", "dev-sms-key"),
            // the ops page's client of the demo realm (deploy/keycloak/fulfillment-realm.json)
            Map.entry("fulfillment.ops-console.client-secret", "ops-console-secret")));
        Carriers.DIRECT_CARRIERS.forEach(carrier ->
                settings.put("shipping.webhooks.carriers." + carrier + ".secret", Carriers.secretOf(carrier)));
        return Map.copyOf(settings);
    }
}
