package com.example.fulfillment.shipping.api;

import java.util.List;
import java.util.Map;

import com.example.fulfillment.shipping.domain.TrackingUpdate;

/**
 * Reads one carrier platform's webhook payload into our tracking updates. Each platform (EasyPost, AfterShip,
 * Shippo, ...) gets its own adapter, which also checks the platform's signature header; the path segment
 * {carrier} of the webhook URL selects it, and our plain format serves every carrier without one.
 */
public interface CarrierWebhookAdapter {

    /** Whether this adapter reads webhooks posted to /carriers/{carrier}/webhooks. */
    boolean handles(String carrier);

    /**
     * @throws com.example.fulfillment.problem.ProblemException or jakarta.validation.ConstraintViolationException
     *         for a body the carrier must correct (answered as a 400 problem naming the field)
     */
    List<TrackingUpdate> parse(String carrier, Map<String, List<String>> headers, String body);
}
