package com.example.fulfillment.shipping.carrier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the carrier platform is and how shipping may use it. The dev and test profiles point at the local
 * EasyPost-compatible platform (deploy/infra.sh); production sets SHIPPING_CARRIER_PLATFORM_URL and _API_KEY.
 */
@ConfigMapping(prefix = "shipping.carrier-platform")
public interface CarrierPlatformConfig {

    /** The host without /v2: the client appends the API version itself. */
    @WithDefault("https://api.easypost.com")
    String url();

    /** Optional so that a service not yet using the platform starts without one; a call without it is refused. */
    Optional<String> apiKey();

    /**
     * Certificates trusted in addition to the JDK's own, for a platform with a certificate of its own (the local
     * one is self-signed). Unset in production: api.easypost.com is verified with the JDK's trust store alone.
     */
    Optional<Path> trustStore();

    Optional<String> trustStorePassword();

    @WithDefault("5S")
    Duration connectTimeout();

    /** Buying a label waits on the carrier behind the platform, which can take seconds. */
    @WithDefault("30S")
    Duration readTimeout();

    /** How long to wait before the same call again once the platform was unavailable. */
    @WithDefault("30S")
    Duration retryAfter();

    Rules rules();

    interface Rules {

        /** STANDARD buys the cheapest offer arriving within this many days: the days promised at checkout. */
        @WithDefault("3")
        int standardWithinDays();

        /** The carriers whose offers are same-day courier services, as the platform names them. */
        @WithDefault("LocalCourier")
        Set<String> sameDayCarriers();
    }
}
