package com.example.fulfillment.eventbus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outbox and the idempotency records from growing without end. Published outbox rows are only kept
 * for a while for audit; processed-event ids must outlive any redelivery of their event, so they are kept far
 * longer than the topic's retention.
 */
@ApplicationScoped
public class EventBusHousekeeping {

    private static final Logger LOG = Logger.getLogger(EventBusHousekeeping.class);

    private final EntityManager entityManager;
    private final EventBusConfig config;

    EventBusHousekeeping(EntityManager entityManager, EventBusConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgeOldRecords() {
        int outbox = entityManager.createNativeQuery("""
                delete from outbox_message
                where published_at < now() - make_interval(secs => :seconds)""")
                .setParameter("seconds", config.housekeeping().publishedOutboxRetention().toSeconds())
                .executeUpdate();
        int processed = entityManager.createNativeQuery("""
                delete from processed_event
                where processed_at < now() - make_interval(secs => :seconds)""")
                .setParameter("seconds", config.housekeeping().processedEventRetention().toSeconds())
                .executeUpdate();
        if (outbox > 0 || processed > 0) {
            LOG.infof("event bus housekeeping: purged %d published outbox rows and %d processed-event ids",
                    outbox, processed);
        }
    }
}
