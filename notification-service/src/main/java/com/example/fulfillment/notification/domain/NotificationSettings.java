package com.example.fulfillment.notification.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "notification")
public interface NotificationSettings {

    Sender sender();

    Retry retry();

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
    }

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(retry().maxAttempts(), retry().initialBackoff());
    }
}
