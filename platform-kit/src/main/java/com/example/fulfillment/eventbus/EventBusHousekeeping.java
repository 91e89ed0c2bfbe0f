package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the outbox and the idempotency records from growing without end. Published outbox rows are only kept
 * for a while for audit; processed-event ids must outlive any redelivery of their event, so they are kept far
 * longer than the topic's retention.
 * <p>
 * Rows go in batches of {@link HousekeepingBatches#batchSize()}, each in its own transaction, found through the
 * timestamp indexes of migration V0_2; a run stops after {@link HousekeepingBatches#maxBatchesPerRun()} batches
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

    /** What one table's purge did: rows deleted, in how many transactions, and whether rows were left for later. */
    public record TablePurge(int rows, int batches, boolean capped) {
    }

    public record Purge(TablePurge publishedOutbox, TablePurge processedEvents) {
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

    /** One run: both tables, each in batches of batchSize rows, at most maxBatches per table. */
    public Purge purge(int batchSize, int maxBatches) {
        TablePurge outbox = purgeTable(PURGE_PUBLISHED_OUTBOX, config.housekeeping().publishedOutboxRetention(),
                batchSize, maxBatches);
        TablePurge processed = purgeTable(PURGE_PROCESSED_EVENTS, config.housekeeping().processedEventRetention(),
                batchSize, maxBatches);
        if (outbox.rows() > 0 || processed.rows() > 0) {
            LOG.infof("event bus housekeeping: purged %d published outbox rows in %d batches and %d processed-event "
                    + "ids in %d batches%s", outbox.rows(), outbox.batches(), processed.rows(), processed.batches(),
                    outbox.capped() || processed.capped() ? "; more are due, the next run goes on" : "");
        }
        return new Purge(outbox, processed);
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
