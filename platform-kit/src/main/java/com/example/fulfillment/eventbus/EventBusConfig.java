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

        /**
         * How long one relay pass waits for the broker to acknowledge what it sent. Rows not acknowledged by then
         * stay in flight: later passes wait for their outcome instead of sending them again.
         */
        @WithDefault("30s")
        Duration sendTimeout();

        /** The pause after a failed pass (the broker or the database away); it doubles with each further one. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** The longest pause between two failed passes. */
        @WithDefault("15s")
        Duration maxBackoff();
    }

    interface Housekeeping {
        /** How long a published outbox row is kept for audit. */
        @WithDefault("7d")
        Duration publishedOutboxRetention();

        /**
         * How long an event id is remembered as processed: the dedup window. Dead letters are kept at least as
         * long (fulfillment.events.topics.dead-letter-retention); a saga topic kept longer than this could
         * redeliver, after a consumer group reset, events whose ids are forgotten.
         */
        @WithDefault("30d")
        Duration processedEventRetention();

        /**
         * How long a parked event that was released or discarded stays listed, as the record of what happened to it;
         * open ones stay until they are.
         */
        @WithDefault("30d")
        Duration resolvedParkedEventRetention();
    }

    interface Consumer {
        /**
         * Attempts for a handler that fails with an error that is neither a known outage (those are waited out
         * without limit) nor a refusal (parked at once), before the event is parked for ops.
         */
        @WithDefault("5")
        int maxAttempts();

        /** Pause before the first retry; it doubles with each further attempt. */
        @WithDefault("200ms")
        Duration initialBackoff();
    }
}
