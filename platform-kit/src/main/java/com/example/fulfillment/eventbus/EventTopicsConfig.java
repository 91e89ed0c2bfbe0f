package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The topics this service declares at start-up ({@link EventTopics}): the saga topic ({@code fulfillment.events.topic})
 * and its own dead-letter topic ({@code mp.messaging.incoming.saga-events-in.dead-letter-queue.topic}). The brokers
 * run with auto-create off, so a topic nobody declared is an error, not a broker's default.
 */
@ConfigMapping(prefix = "fulfillment.events.topics")
public interface EventTopicsConfig {

    /**
     * Partitions of the saga topic when this service creates it. One that exists with fewer refuses the start:
     * adding partitions later moves order ids to other partitions, and with them the order of their events.
     */
    @WithDefault("3")
    int partitions();

    /** How long the broker keeps saga records (retention.ms of a saga topic this service creates). */
    @WithDefault("7d")
    Duration sagaRetention();

    /** Partitions of the dead-letter topic when this service creates it. */
    @WithDefault("3")
    int deadLetterPartitions();

    /**
     * How long the broker keeps dead letters: at least the dedup window
     * ({@code fulfillment.events.housekeeping.processed-event-retention}), which is also the default, so that a dead
     * letter does not vanish while its event can still be redelivered and retried.
     */
    Optional<Duration> deadLetterRetention();

    /** Replication factor of the topics this service creates; the broker's default.replication.factor if unset. */
    Optional<Short> replicationFactor();

    /**
     * How long the start waits for the broker to answer. A broker that does not answer in time does not stop the
     * service: the topics are declared once it is back, and readiness says DOWN until then.
     */
    @WithDefault("20s")
    Duration brokerTimeout();
}
