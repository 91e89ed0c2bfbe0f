package com.example.fulfillment.shipping.api;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The shared secrets of the carrier platforms' webhooks, one per platform. None has a default outside %dev and
 * %test: a platform whose secret is not set (or set empty) gets every webhook refused with 401, so that an
 * unconfigured deployment never takes unverified tracking updates, yet still starts and serves everything else.
 */
@ConfigMapping(prefix = "shipping.webhooks")
public interface WebhookSecrets {

    Platform easypost();

    Platform aftership();

    Shippo shippo();

    /**
     * The HMAC key of each direct carrier posting our plain format, by the carrier's name in the webhook's path
     * (shipping.webhooks.carriers.dhl.secret): one carrier's key cannot sign another carrier's updates.
     */
    Map<String, Platform> carriers();

    interface Platform {
        /** The HMAC key shared with the platform. */
        Optional<String> secret();
    }

    interface Shippo {
        /** The token the shop puts into the webhook URL it registers with Shippo (?token=...). */
        Optional<String> token();
    }
}
