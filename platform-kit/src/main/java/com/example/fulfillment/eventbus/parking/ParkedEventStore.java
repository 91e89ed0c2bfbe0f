package com.example.fulfillment.eventbus.parking;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.example.fulfillment.eventbus.EventEnvelope;

/**
 * The parked_event table. Whatever changes an order's line (parking an event behind it, releasing or discarding the
 * one first in line) takes a transaction-scoped advisory lock on the order first, so that an event parked behind the
 * line at the moment the line empties is never left behind with no one to release it.
 */
@ApplicationScoped
public class ParkedEventStore {

    static final String WAITING_BEHIND = "waiting behind parked event ";
    private static final String OPEN = "released_at is null and discarded_at is null";
    private static final String PARKED_NOW = "p.released_at is null and p.discarded_at is null";
    private static final String COLUMNS = """
            p.seq, p.event_id, p.order_id, p.event_type, p.envelope, p.reaction, p.reason, p.cause, p.redrivable,
            p.attempts, p.next_attempt_at, p.parked_at, p.released_at, p.discarded_at, p.discarded_by,
            case when p.released_at is null and p.discarded_at is null then (select h.event_id from parked_event h
                where h.order_id = p.order_id and h.released_at is null and h.discarded_at is null and h.seq < p.seq
                order by h.seq limit 1) end
            """;

    private final EntityManager entityManager;

    ParkedEventStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The event first in this order's line, if the order has parked events: one query on a partial index. */
    @Transactional
    public Optional<ParkedEvent> firstInLine(String orderId) {
        return first(select("p.order_id = :orderId and " + PARKED_NOW + " order by p.seq limit 1")
                .setParameter("orderId", orderId));
    }

    @Transactional
    public Optional<ParkedEvent> parkedNow(UUID eventId) {
        return first(select("p.event_id = :eventId and " + PARKED_NOW)
                .setParameter("eventId", eventId));
    }

    /** Every time this event was parked, the latest first. */
    @Transactional
    public List<ParkedEvent> history(UUID eventId) {
        return rows(select("p.event_id = :eventId order by p.seq desc").setParameter("eventId", eventId));
    }

    /** What the table says about each of these events now (its latest parking); events never parked are absent. */
    @Transactional
    public Map<UUID, ParkedEvent> latestOf(Collection<UUID> eventIds) {
        Map<UUID, ParkedEvent> latest = new HashMap<>();
        if (!eventIds.isEmpty()) {
            rows(select("p.event_id in (:eventIds) order by p.seq").setParameter("eventIds", eventIds))
                    .forEach(row -> latest.put(row.eventId(), row));
        }
        return latest;
    }

    /** Events parked now, oldest first. */
    @Transactional
    public List<ParkedEvent> parkedNow(int limit) {
        return rows(select(PARKED_NOW + " order by p.seq limit :limit")
                .setParameter("limit", limit));
    }

    /** The reactions whose idempotency records say they processed this event already. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> handledBy(UUID eventId) {
        return entityManager.createNativeQuery("select consumer from processed_event where event_id = :eventId")
                .setParameter("eventId", eventId).getResultList();
    }

    /**
     * Parks the event behind its order's line, if the order still has one; empty if the line emptied meanwhile. An
     * event that is parked already (delivered again) stays where it is.
     */
    @Transactional
    public Optional<ParkedEvent> parkBehindLine(EventEnvelope envelope, String json) {
        lockOrder(envelope.subject());
        Optional<ParkedEvent> first = firstInLine(envelope.subject());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        insert(envelope, json, null, WAITING_BEHIND + first.get().eventId(), null, true, null);
        return parkedNow(envelope.id());
    }

    /** Parks the event first in its order's line; firstAttemptIn is null for one that waits for ops. */
    @Transactional
    public ParkedEvent park(EventEnvelope envelope, String json, String reaction, String reason, String cause,
            Duration firstAttemptIn) {
        lockOrder(envelope.subject());
        insert(envelope, json, reaction, reason, cause, firstAttemptIn != null, firstAttemptIn);
        return parkedNow(envelope.id()).orElseThrow();
    }

    /** It passed: it leaves the line; returns the event that is now first in line, if any. */
    @Transactional
    public Optional<ParkedEvent> releaseAndNext(ParkedEvent parked) {
        lockOrder(parked.orderId());
        entityManager.createNativeQuery("update parked_event set released_at = now() where seq = :seq and " + OPEN)
                .setParameter("seq", parked.seq()).executeUpdate();
        return firstInLine(parked.orderId());
    }

    /** Ops took it out of the line; returns the event that is now first in line, if any. */
    @Transactional
    public Optional<ParkedEvent> discardAndNext(ParkedEvent parked, String by) {
        lockOrder(parked.orderId());
        entityManager.createNativeQuery("""
                update parked_event set discarded_at = now(), discarded_by = :by where seq = :seq and\s""" + OPEN)
                .setParameter("by", by).setParameter("seq", parked.seq()).executeUpdate();
        return firstInLine(parked.orderId());
    }

    /**
     * An attempt of the event first in line failed: it keeps its place with the new reason; nextAttemptIn is null
     * when it waits for ops. The events behind it now name it as what they wait for.
     */
    @Transactional
    public ParkedEvent failedAgain(ParkedEvent parked, String reaction, String reason, String cause,
            Duration nextAttemptIn) {
        entityManager.createNativeQuery("""
                update parked_event set reaction = :reaction, reason = :reason, cause = :cause,
                    attempts = attempts + 1, redrivable = :redrivable,
                    next_attempt_at = case when :redrivable then now() + make_interval(secs => :seconds) end
                where seq = :seq""")
                .setParameter("reaction", reaction).setParameter("reason", reason).setParameter("cause", cause)
                .setParameter("redrivable", nextAttemptIn != null)
                .setParameter("seconds", nextAttemptIn == null ? 0.0 : nextAttemptIn.toMillis() / 1000.0)
                .setParameter("seq", parked.seq()).executeUpdate();
        entityManager.createNativeQuery("update parked_event set reason = :reason where order_id = :orderId and "
                + OPEN + " and seq > :seq")
                .setParameter("reason", WAITING_BEHIND + parked.eventId()).setParameter("orderId", parked.orderId())
                .setParameter("seq", parked.seq()).executeUpdate();
        return parkedNow(parked.eventId()).orElseThrow();
    }

    /**
     * Claims up to limit re-drivable events that are first in their order's line and due, for the lease: no other
     * pass (of this instance or another) takes them before it ends, and one cut short by a crash is due again after it.
     */
    @Transactional
    public List<ParkedEvent> claimDue(int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Number> claimed = entityManager.createNativeQuery("""
                with due as (
                    select p.seq from parked_event p
                    where p.released_at is null and p.discarded_at is null and p.redrivable
                      and (p.next_attempt_at is null or p.next_attempt_at <= now())
                      and not exists (select 1 from parked_event h where h.order_id = p.order_id
                          and h.released_at is null and h.discarded_at is null and h.seq < p.seq)
                    order by p.next_attempt_at nulls first, p.seq
                    limit :limit
                    for update of p skip locked)
                update parked_event set next_attempt_at = now() + make_interval(secs => :seconds)
                from due where parked_event.seq = due.seq
                returning parked_event.seq""")
                .setParameter("limit", limit).setParameter("seconds", (double) lease.toSeconds())
                .getResultList();
        if (claimed.isEmpty()) {
            return List.of();
        }
        return rows(select("p.seq in (:seqs) order by p.seq")
                .setParameter("seqs", claimed.stream().map(Number::longValue).toList()));
    }

    private void insert(EventEnvelope envelope, String json, String reaction, String reason, String cause,
            boolean redrivable, Duration firstAttemptIn) {
        entityManager.createNativeQuery("""
                insert into parked_event (event_id, order_id, event_type, envelope, reaction, reason, cause,
                    redrivable, next_attempt_at)
                values (:eventId, :orderId, :eventType, :envelope, :reaction, :reason, :cause, :redrivable,
                    case when :scheduled then now() + make_interval(secs => :seconds) end)
                on conflict (event_id) where released_at is null and discarded_at is null do nothing""")
                .setParameter("eventId", envelope.id()).setParameter("orderId", envelope.subject())
                .setParameter("eventType", envelope.type()).setParameter("envelope", json)
                .setParameter("reaction", reaction).setParameter("reason", reason).setParameter("cause", cause)
                .setParameter("redrivable", redrivable).setParameter("scheduled", firstAttemptIn != null)
                .setParameter("seconds", firstAttemptIn == null ? 0.0 : firstAttemptIn.toMillis() / 1000.0)
                .executeUpdate();
    }

    private void lockOrder(String orderId) {
        // two int keys: a lock space of its own, apart from the relay's single-key advisory lock
        entityManager.createNativeQuery(
                "select count(*) from (select pg_advisory_xact_lock(hashtext('parked_event'), hashtext(:orderId))) l")
                .setParameter("orderId", orderId).getSingleResult();
    }

    private Query select(String where) {
        return entityManager.createNativeQuery("select " + COLUMNS + " from parked_event p where " + where);
    }

    private static Optional<ParkedEvent> first(Query query) {
        return rows(query).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<ParkedEvent> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(ParkedEventStore::parked).toList();
    }

    private static ParkedEvent parked(Object[] row) {
        return new ParkedEvent(((Number) row[0]).longValue(), uuid(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7], (Boolean) row[8],
                ((Number) row[9]).intValue(), instant(row[10]), instant(row[11]), instant(row[12]), instant(row[13]),
                (String) row[14], uuid(row[15]));
    }

    private static UUID uuid(Object value) {
        return value == null || value instanceof UUID ? (UUID) value : UUID.fromString(value.toString());
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
