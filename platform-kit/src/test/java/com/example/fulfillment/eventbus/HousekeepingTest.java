package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.EventBusHousekeeping.Purge;
import com.example.fulfillment.testapp.PlatformKitTestApp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Housekeeping on tables of real size: 100,000 rows past their retention in each table go in batches, and what is
 * still within it stays. The rows are this test's own (a consumer and order ids no other test uses).
 */
@QuarkusTest
@TestProfile(PlatformKitTestApp.class)
class HousekeepingTest {

    private static final int OLD_ROWS = 100_000;
    private static final int RECENT_ROWS = 50;
    private static final String CONSUMER = "housekeeping-test";
    private static final String ORDER_PREFIX = "housekeeping-test-";

    @Inject
    EventBusHousekeeping housekeeping;
    @Inject
    HousekeepingBatches batches;
    @Inject
    EntityManager entityManager;

    @Test
    void rowsPastTheirRetentionGoInBatchesAndTheRecentOnesStay() {
        // beyond the defaults (7 days for published outbox rows, 30 for processed-event ids), and well within them
        insert("""
                insert into processed_event (event_id, consumer, processed_at)
                select gen_random_uuid(), :consumer, now() - interval '31 days' - i * interval '1 second'
                from generate_series(1, :rows) i""", CONSUMER, OLD_ROWS);
        insert("""
                insert into processed_event (event_id, consumer, processed_at)
                select gen_random_uuid(), :consumer, now() - interval '29 days' from generate_series(1, :rows) i""",
                CONSUMER, RECENT_ROWS);
        insert("""
                insert into outbox_message (event_id, order_id, event_type, envelope, created_at, published_at)
                select gen_random_uuid(), :prefix || i, 'housekeeping.test', '{}', now() - interval '9 days',
                       now() - interval '8 days' - i * interval '1 second'
                from generate_series(1, :rows) i""", ORDER_PREFIX, OLD_ROWS);
        insert("""
                insert into outbox_message (event_id, order_id, event_type, envelope, created_at, published_at)
                select gen_random_uuid(), :prefix || i, 'housekeeping.test', '{}', now() - interval '6 days',
                       now() - interval '6 days'
                from generate_series(1, :rows) i""", ORDER_PREFIX, RECENT_ROWS);

        // parked events released or discarded 31 days ago go, those resolved 29 days ago and open ones stay
        insertParked("now() - interval '31 days' - i * interval '1 second'", "null", OLD_ROWS / 2);
        insertParked("null", "now() - interval '31 days' - i * interval '1 second'", OLD_ROWS / 2);
        insertParked("now() - interval '29 days'", "null", RECENT_ROWS);
        insertParked("null", "null", RECENT_ROWS);

        // a run that may not finish the work stops after its batches and says so
        Purge bounded = housekeeping.purge(batches.batchSize(), 2);
        assertEquals(2 * batches.batchSize(), bounded.publishedOutbox().rows());
        assertEquals(2, bounded.publishedOutbox().batches());
        assertTrue(bounded.publishedOutbox().capped());
        assertEquals(2 * batches.batchSize(), bounded.processedEvents().rows());
        assertTrue(bounded.processedEvents().capped());
        assertEquals(2 * batches.batchSize(), bounded.resolvedParkedEvents().rows());
        assertTrue(bounded.resolvedParkedEvents().capped());

        // the next one with the default limit takes the rest
        Purge rest = housekeeping.purge(batches.batchSize(), batches.maxBatchesPerRun());
        int remaining = OLD_ROWS - 2 * batches.batchSize();
        assertEquals(remaining, rest.publishedOutbox().rows());
        assertEquals(remaining, rest.processedEvents().rows());
        assertEquals(remaining, rest.resolvedParkedEvents().rows());
        assertFalse(rest.resolvedParkedEvents().capped());
        assertTrue(rest.publishedOutbox().batches() > 1, "one batch per transaction, not one delete for all");
        assertTrue(rest.processedEvents().batches() > 1);
        assertFalse(rest.publishedOutbox().capped());
        assertFalse(rest.processedEvents().capped());

        assertEquals(RECENT_ROWS, count("select count(*) from processed_event where consumer = :marker", CONSUMER));
        assertEquals(RECENT_ROWS, count("select count(*) from outbox_message where order_id like :marker",
                ORDER_PREFIX + "%"));
        assertEquals(2 * RECENT_ROWS, count("select count(*) from parked_event where order_id like :marker",
                ORDER_PREFIX + "%"));
        assertEquals(RECENT_ROWS, count("select count(*) from parked_event where order_id like :marker "
                + "and released_at is null and discarded_at is null", ORDER_PREFIX + "%"));
    }

    private void insertParked(String releasedAt, String discardedAt, int rows) {
        insert("""
                insert into parked_event (event_id, order_id, event_type, envelope, reason, redrivable, parked_at,
                                          released_at, discarded_at)
                select gen_random_uuid(), :prefix || i, 'housekeeping.test', '{}', 'test', false,
                       now() - interval '40 days', %s, %s
                from generate_series(1, :rows) i""".formatted(releasedAt, discardedAt), ORDER_PREFIX, rows);
    }

    @Test
    void theTimestampsHousekeepingFiltersOnAreIndexed() {
        assertEquals(1, count("select count(*) from pg_indexes where indexname = :marker and indexdef like "
                + "'%(processed_at)%'", "processed_event_processed_at"));
        assertEquals(1, count("select count(*) from pg_indexes where indexname = :marker and indexdef like "
                + "'%(published_at) WHERE (published_at IS NOT NULL)%'", "outbox_message_published_at"));
        assertEquals(1, count("select count(*) from pg_indexes where indexname = :marker and indexdef like "
                + "'%COALESCE(released_at, discarded_at)%'", "parked_event_resolved_at"));
    }

    private void insert(String sql, String marker, int rows) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql)
                .setParameter(sql.contains(":consumer") ? "consumer" : "prefix", marker)
                .setParameter("rows", rows)
                .executeUpdate());
    }

    private long count(String sql, String marker) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("marker", marker).getSingleResult()).longValue());
    }
}
