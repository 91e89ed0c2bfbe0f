package com.example.fulfillment.shipping.api;

import java.util.List;

import com.example.fulfillment.shipping.domain.TrackingUpdate;

/**
 * Reads one carrier platform's webhook payload into our tracking updates. Each platform (EasyPost, AfterShip,
 * Shippo) gets its own adapter, which also checks the platform's own proof of origin; the path segment
 * {carrier} of the webhook URL selects it, and our plain format serves every carrier without one.
 */
public interface CarrierWebhookAdapter {

    /** The name in /carriers/{name}/webhooks that selects this adapter, e.g. easypost; plain for our own format. */
    String platform();

    /** Whether this adapter reads webhooks posted to /carriers/{carrier}/webhooks. */
    default boolean handles(String carrier) {
        return platform().equalsIgnoreCase(carrier);
    }

    /**
     * Checks the platform's signature (or token) over the raw body, before anything of the body is read.
     *
     * @throws com.example.fulfillment.problem.ProblemException with status 401 when it is missing or wrong, or
     *         when the platform's secret is not configured
     */
    void verify(WebhookRequest request);

    /**
     * Only called for a verified request. An empty list is a webhook the platform sends that is not a tracking
     * update (e.g. EasyPost's batch.created): acknowledged and ignored.
     *
     * @throws com.example.fulfillment.problem.ProblemException or jakarta.validation.ConstraintViolationException
     *         for a body the carrier must correct (answered as a 400 problem naming the field)
     */
    List<TrackingUpdate> parse(WebhookRequest request);

    /**
     * The status a taken webhook is answered with. The platforms count only 200 as delivered (AfterShip and
     * Shippo retry anything else), so that is the default; our plain format keeps the 202 it has always had.
     */
    default int acknowledgedWith() {
        return 200;
    }
}
