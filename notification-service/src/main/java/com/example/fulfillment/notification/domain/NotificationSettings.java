package com.example.fulfillment.notification.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification")
public interface NotificationSettings {

    Sender sender();

    Retry retry();

    TrackingPortal trackingPortal();

    interface TrackingPortal {
        /**
         * The public tracking page (shipping-service's /tracking/{trackingNumber}, open to anyone since tracking
         * numbers cannot be guessed), to which a parcel's tracking number is appended.
         */
        @WithDefault("http://localhost:8084/tracking")
        String baseUrl();
    }

    interface Sender {
        /** How often the sender looks for due notifications. */
        @WithDefault("1s")
        Duration interval();

        /** How many notifications one pass sends at most, so that a backlog does not hold one pass forever. */
        @WithDefault("50")
        int batchSize();
    }

    interface Retry {
        @WithDefault("5")
        int maxAttempts();

        /** The pause after the first failed attempt; it doubles after each further one. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** The longest pause: while a channel is away, its messages are tried at least this often. */
        @WithDefault("30s")
        Duration maxPause();
    }

    /** The customer's page for one parcel on the tracking portal. */
    default String trackingLink(String trackingNumber) {
        String base = trackingPortal().baseUrl().replaceAll("/+$", "");
        return base + "/" + URLEncoder.encode(trackingNumber.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(retry().maxAttempts(), retry().initialBackoff(), retry().maxPause());
    }
}
