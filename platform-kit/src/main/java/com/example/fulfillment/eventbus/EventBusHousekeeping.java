package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outbox, the idempotency records and the parked events' history from growing without end. Published outbox rows are only kept
 * for a while for audit; processed-event ids must outlive any redelivery of their event, so they are kept far
 * longer than the topic's retention.
 * <p>
 * Rows go in batches of {@link HousekeepingBatches#batchSize()}, each in its own transaction, found through the
 * timestamp indexes of migrations V0_2 and V0_5; a run stops after {@link HousekeepingBatches#maxBatchesPerRun()} batches
 * per table and leaves the rest to the next one. Rows another instance's housekeeping is deleting are skipped,
 * not waited for.
 */
@ApplicationScoped
public class EventBusHousekeeping {

    private static final Logger LOG = Logger.getLogger(EventBusHousekeeping.class);

    private static final String PURGE_PUBLISHED_OUTBOX = """
            delete from outbox_message where seq in (
                select seq from outbox_message where published_at < :cutoff
                limit :batch for update skip locked)""";
    private static final String PURGE_PROCESSED_EVENTS = """
            delete from processed_event where (event_id, consumer) in (
                select event_id, consumer from processed_event where processed_at < :cutoff
                limit :batch for update skip locked)""";
    private static final String PURGE_RESOLVED_PARKED_EVENTS = """
            delete from parked_event where seq in (
                select seq from parked_event
                where (released_at is not null or discarded_at is not null)
                  and coalesce(released_at, discarded_at) < :cutoff
                limit :batch for update skip locked)""";

    /** What one table's purge did: rows deleted, in how many transactions, and whether rows were left for later. */
    public record TablePurge(int rows, int batches, boolean capped) {
    }

    public record Purge(TablePurge publishedOutbox, TablePurge processedEvents, TablePurge resolvedParkedEvents) {

        boolean deletedAny() {
            return publishedOutbox.rows() > 0 || processedEvents.rows() > 0 || resolvedParkedEvents.rows() > 0;
        }

        boolean capped() {
            return publishedOutbox.capped() || processedEvents.capped() || resolvedParkedEvents.capped();
        }
    }

    private final EntityManager entityManager;
    private final EventBusConfig config;
    private final HousekeepingBatches batches;

    EventBusHousekeeping(EntityManager entityManager, EventBusConfig config, HousekeepingBatches batches) {
        this.entityManager = entityManager;
        this.config = config;
        this.batches = batches;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeOldRecords() {
        purge(batches.batchSize(), batches.maxBatchesPerRun());
    }

    /** One run: the three tables, each in batches of batchSize rows, at most maxBatches per table. */
    public Purge purge(int batchSize, int maxBatches) {
        EventBusConfig.Housekeeping retention = config.housekeeping();
        Purge purge = new Purge(
                purgeTable(PURGE_PUBLISHED_OUTBOX, retention.publishedOutboxRetention(), batchSize, maxBatches),
                purgeTable(PURGE_PROCESSED_EVENTS, retention.processedEventRetention(), batchSize, maxBatches),
                purgeTable(PURGE_RESOLVED_PARKED_EVENTS, retention.resolvedParkedEventRetention(), batchSize,
                        maxBatches));
        if (purge.deletedAny()) {
            LOG.infof("event bus housekeeping: purged %d published outbox rows in %d batches, %d processed-event ids "
                    + "in %d batches and %d resolved parked events in %d batches%s", purge.publishedOutbox().rows(),
                    purge.publishedOutbox().batches(), purge.processedEvents().rows(),
                    purge.processedEvents().batches(), purge.resolvedParkedEvents().rows(),
                    purge.resolvedParkedEvents().batches(),
                    purge.capped() ? "; more are due, the next run goes on" : "");
        }
        return purge;
    }

    private TablePurge purgeTable(String delete, Duration retention, int batchSize, int maxBatches) {
        // one cutoff for the whole run, by the database's clock (the one that stamped the rows): the run ends
        // instead of chasing rows that come of age while it works
        OffsetDateTime cutoff = QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) entityManager
                .createNativeQuery("select now() - make_interval(secs => :seconds)", OffsetDateTime.class)
                .setParameter("seconds", retention.toSeconds())
                .getSingleResult());
        int rows = 0;
        int batch = 0;
        while (batch < maxBatches) {
            batch++;
            int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(delete)
                    .setParameter("cutoff", cutoff)
                    .setParameter("batch", batchSize)
                    .executeUpdate());
            rows += deleted;
            if (deleted < batchSize) {
                return new TablePurge(rows, batch, false);
            }
        }
        return new TablePurge(rows, batch, true);
    }
}
