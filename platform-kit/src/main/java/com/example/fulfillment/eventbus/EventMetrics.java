package com.example.fulfillment.eventbus;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.failure.TransientFailures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the event path does, as meters every service exposes at /q/metrics: each reaction's handling time by event
 * type and outcome (handled, or a delivery again it skipped), and its failed attempts by kind (an outage that is
 * waited out, or anything else). Tags are bounded: the event types of the catalog and the service's own consumers.
 */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void handled(String reaction, String type, boolean duplicate, Duration took) {
        Timer.builder("fulfillment.events.handled")
                .description("time a reaction took for one event, in its own transaction")
                .tags("type", shortType(type), "consumer", consumerOf(reaction), "outcome",
                        duplicate ? "duplicate" : "handled")
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    void failed(String reaction, String type, RuntimeException failure) {
        Counter.builder("fulfillment.events.failed")
                .description("failed attempts of a reaction: outages (waited out) and other failures")
                .tags("type", shortType(type), "consumer", consumerOf(reaction), "kind",
                        TransientFailures.isTransient(failure) ? "outage" : "other")
                .register(registry)
                .increment();
    }

    /** "com.example.fulfillment.order.StockVerified" → "StockVerified". */
    static String shortType(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** "com.example….OrderEventConsumer#com.example….StockVerified" → "OrderEventConsumer". */
    static String consumerOf(String reaction) {
        String consumer = reaction.contains("#") ? reaction.substring(0, reaction.indexOf('#')) : reaction;
        return consumer.substring(consumer.lastIndexOf('.') + 1);
    }
}
