package com.example.fulfillment.eventbus;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the event bus; defaults live in this module's META-INF/microprofile-config.properties. */
@ConfigMapping(prefix = "fulfillment.events")
public interface EventBusConfig {

    /** The Kafka topic that carries every saga event, keyed by order id. */
    String topic();

    /** CloudEvents source of the events this service publishes, e.g. /order-service. */
    String source();

    Relay relay();

    Consumer consumer();

    Housekeeping housekeeping();

    interface Relay {
        /** How often the relay looks for committed, unpublished events (read by OutboxRelay's @Scheduled). */
        Duration interval();

        /** How long after start-up the relay begins, so that the Kafka channel is wired first. */
        Duration delay();

        /** How many outbox rows one relay pass publishes at most. */
        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for the broker to acknowledge a batch. */
        @WithDefault("30s")
        Duration sendTimeout();
    }

    interface Housekeeping {
        /** How long a published outbox row is kept for audit. */
        @WithDefault("7d")
        Duration publishedOutboxRetention();

        /** How long an event id is remembered as processed; longer than the topic keeps its records. */
        @WithDefault("30d")
        Duration processedEventRetention();
    }

    interface Consumer {
        /** Attempts for a handler that fails with a transient error before the event is dead-lettered. */
        @WithDefault("5")
        int maxAttempts();

        /** Pause before the first retry; it doubles with each further attempt. */
        @WithDefault("200ms")
        Duration initialBackoff();
    }
}
