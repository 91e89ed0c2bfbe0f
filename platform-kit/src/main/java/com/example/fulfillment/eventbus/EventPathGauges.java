package com.example.fulfillment.eventbus;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The event path's backlog as gauges: unpublished outbox rows and the age of the oldest (the number to alert on),
 * rows set aside, and events parked now. Sampled every few seconds by one query each, not at every scrape, so that
 * a scraper can never load the database; a sample that fails (the database away) keeps the last values.
 */
@ApplicationScoped
public class EventPathGauges {

    private static final Logger LOG = Logger.getLogger(EventPathGauges.class);

    private final OutboxRows rows;
    private final EntityManager entityManager;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong unpublished = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    EventPathGauges(OutboxRows rows, EntityManager entityManager, MeterRegistry registry) {
        this.rows = rows;
        this.entityManager = entityManager;
        Gauge.builder("fulfillment.outbox.unpublished", unpublished, AtomicLong::get)
                .description("outbox rows not yet published (held ones included, set-aside ones not)")
                .register(registry);
        Gauge.builder("fulfillment.outbox.oldest.unpublished.age", oldestAgeSeconds, AtomicLong::get)
                .description("age of the oldest unpublished outbox row").baseUnit("seconds").register(registry);
        Gauge.builder("fulfillment.outbox.set.aside", setAside, AtomicLong::get)
                .description("outbox rows the broker refused for good, waiting for ops").register(registry);
        Gauge.builder("fulfillment.events.parked", parked, AtomicLong::get)
                .description("events parked now, first in their order's line or waiting behind one")
                .register(registry);
    }

    @Scheduled(every = "${fulfillment.events.metrics.sample-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sample() {
        try {
            QuarkusTransaction.requiringNew().timeout(5).run(() -> {
                OutboxRows.Backlog backlog = rows.backlog(0);
                unpublished.set(backlog.unpublished());
                oldestAgeSeconds.set(backlog.oldestUnpublished() == null ? 0
                        : Math.max(0, Duration.between(backlog.oldestUnpublished(), clock.instant()).toSeconds()));
                setAside.set(backlog.setAside());
                parked.set(((Number) entityManager.createNativeQuery(
                        "select count(*) from parked_event where released_at is null and discarded_at is null")
                        .getSingleResult()).longValue());
            });
        } catch (RuntimeException e) {
            LOG.debugf("event path gauges not sampled: %s", e);
        }
    }
}
