package com.example.fulfillment.eventbus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The outbox table as the relay and its health check see it. Every method runs in the caller's transaction.
 * <p>
 * A row is <em>pending</em> until published; a pending row the broker refused for good is <em>set aside</em>
 * (failed_at), and the pending rows of the same order after it are <em>held</em>: they wait for it, so that the
 * order's events reach the topic in their order.
 */
@ApplicationScoped
public class OutboxRows {

    private static final String LOCK_NAME = "fulfillment-outbox-relay";
    private static final int LONGEST_FAILURE_TEXT = 2000;

    /** A row to send. */
    public record Row(long seq, UUID eventId, String orderId, String type, String envelope) {
    }

    /** A set-aside row and how many rows of its order wait behind it. */
    public record SetAside(long seq, UUID eventId, String orderId, String type, Instant since, String failure,
            long held) {
    }

    /** What the relay still owes: pending rows that are not set aside (held ones count), and the set-aside ones. */
    public record Backlog(long unpublished, Instant oldestUnpublished, long setAside, long held,
            List<SetAside> firstSetAside) {
    }

    private final EntityManager entityManager;

    OutboxRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Only one relay per database sends at a time, until the transaction ends; false if another one does. */
    boolean tryLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", LOCK_NAME)
                .getSingleResult();
    }

    /** The oldest rows to send: pending, neither set aside nor behind a set-aside row of their order. */
    List<Row> nextToSend(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select m.seq, m.event_id, m.order_id, m.event_type, m.envelope from outbox_message m
                where m.published_at is null and m.failed_at is null
                  and not exists (select 1 from outbox_message aside
                                  where aside.order_id = m.order_id and aside.seq < m.seq
                                    and aside.failed_at is not null and aside.published_at is null)
                order by m.seq limit :limit""")
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Row(((Number) row[0]).longValue(), uuid(row[1]), (String) row[2],
                (String) row[3], (String) row[4])).toList();
    }

    void markPublished(List<Long> seqs) {
        if (!seqs.isEmpty()) {
            entityManager.createNativeQuery("update outbox_message set published_at = now() where seq in (:seqs)")
                    .setParameter("seqs", seqs)
                    .executeUpdate();
        }
    }

    /** @return the number of rows of the order that now wait behind it; -1 if it was published meanwhile */
    long setAside(Row row, String failure) {
        int updated = entityManager.createNativeQuery("""
                update outbox_message set failed_at = now(), failure = :failure
                where seq = :seq and published_at is null""")
                .setParameter("seq", row.seq())
                .setParameter("failure", failure.length() > LONGEST_FAILURE_TEXT
                        ? failure.substring(0, LONGEST_FAILURE_TEXT) : failure)
                .executeUpdate();
        return updated == 0 ? -1 : heldBehind(row.orderId(), row.seq());
    }

    Backlog backlog(int listed) {
        Object[] pending = (Object[]) entityManager.createNativeQuery("""
                select count(*), min(created_at) from outbox_message
                where published_at is null and failed_at is null""").getSingleResult();
        Object[] aside = (Object[]) entityManager.createNativeQuery("""
                select count(*), coalesce(sum((select count(*) from outbox_message held
                        where held.order_id = a.order_id and held.seq > a.seq and held.published_at is null
                          and held.failed_at is null)), 0)
                from outbox_message a where a.failed_at is not null and a.published_at is null""").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> first = entityManager.createNativeQuery("""
                select seq, event_id, order_id, event_type, failed_at, failure from outbox_message
                where failed_at is not null and published_at is null order by seq limit :limit""")
                .setParameter("limit", listed)
                .getResultList();
        List<SetAside> setAside = first.stream().map(row -> new SetAside(((Number) row[0]).longValue(), uuid(row[1]),
                (String) row[2], (String) row[3], instant(row[4]), (String) row[5],
                heldBehind((String) row[2], ((Number) row[0]).longValue()))).toList();
        return new Backlog(((Number) pending[0]).longValue(), instant(pending[1]), ((Number) aside[0]).longValue(),
                ((Number) aside[1]).longValue(), setAside);
    }

    /**
     * Puts a set-aside row back in line, for the relay's next pass; the rows of its order behind it follow it.
     * @return how many later rows of its order wait behind it, or -1 if no row with that seq is set aside
     */
    public long putBackInLine(long seq) {
        Object orderId = entityManager.createNativeQuery("""
                update outbox_message set failed_at = null, failure = null
                where seq = :seq and failed_at is not null and published_at is null
                returning order_id""").setParameter("seq", seq).getResultStream().findFirst().orElse(null);
        return orderId == null ? -1 : heldBehind((String) orderId, seq);
    }

    public Backlog backlogListing(int listed) {
        return backlog(listed);
    }

    private long heldBehind(String orderId, long seq) {
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from outbox_message
                where order_id = :orderId and seq > :seq and published_at is null and failed_at is null""")
                .setParameter("orderId", orderId)
                .setParameter("seq", seq)
                .getSingleResult()).longValue();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    private static Instant instant(Object timestamp) {
        if (timestamp == null) {
            return null;
        }
        if (timestamp instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (timestamp instanceof java.sql.Timestamp sql) {
            return sql.toInstant();
        }
        return (Instant) timestamp;
    }
}
