package com.example.fulfillment.testapp;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.eventbus.EventConsumer;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.events.EventCatalog;
import com.example.fulfillment.events.SagaEvent;

/**
 * A consumer of the test application, as a service's would be, that a test can script: per order, what its next
 * attempts do (succeed, fail for no known reason, refuse for good, refuse as "not yet possible", lose the database),
 * or that it refuses the order's events until the test fixes the cause, or loses the database until it is back.
 * <p>
 * Every attempt first writes the consumer's effect (a {@link TestEffect} row, in the handler's transaction) and then
 * fails if told to: a failed attempt must leave no effect behind. Attempts are also recorded in memory, whether
 * their transaction commits or not, so a test sees how often the reaction was actually called.
 */
public abstract class RecordingConsumer implements EventConsumer {

    public enum Outcome {
        /** It takes effect. */
        SUCCEED,
        /** A failure nobody classified (a bug, say): retried a few times in line, then parked for ops. */
        FAIL_UNCLASSIFIED,
        /** A refusal that can never pass: parked at once. */
        REFUSE,
        /** A refusal the consumer names "not yet possible": retried in line, then parked and re-driven. */
        NOT_YET,
        /** The database connection is lost (SQL state 08006): waited out for as long as it lasts. */
        LOSE_DATABASE
    }

    public record Attempt(long sequence, UUID eventId, String orderId, String type, String step, Outcome outcome) {
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Map<String, Deque<Outcome>> scripts = new ConcurrentHashMap<>();
    private final Set<String> refusedUntilFixed = ConcurrentHashMap.newKeySet();
    private final Set<String> databaseLostUntilBack = ConcurrentHashMap.newKeySet();
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    @Inject
    EntityManager entityManager;

    /** The idempotency guard's name for this consumer's reaction to one type of event (see EventSubscriptions). */
    public String reactionName(Class<? extends SagaEvent> eventClass) {
        return getClass().getName() + "#" + EventCatalog.typeOf(eventClass);
    }

    /** The next attempts on this order's events, in order; once they are used up, attempts succeed. */
    public void script(String orderId, Outcome... outcomes) {
        scripts.computeIfAbsent(orderId, id -> new ArrayDeque<>()).addAll(List.of(outcomes));
    }

    /** Every attempt on this order's events is refused for good, until {@link #fix}. */
    public void refuseUntilFixed(String orderId) {
        refusedUntilFixed.add(orderId);
    }

    public void fix(String orderId) {
        refusedUntilFixed.remove(orderId);
    }

    /** Every attempt on this order's events loses its database connection, until {@link #databaseBack}. */
    public void loseDatabaseUntilBack(String orderId) {
        databaseLostUntilBack.add(orderId);
    }

    public void databaseBack(String orderId) {
        databaseLostUntilBack.remove(orderId);
    }

    /** Attempts on this order's events stop inside the reaction (effect written, not committed) until released. */
    public Gate hold(String orderId) {
        Gate gate = new Gate();
        gates.put(orderId, gate);
        return gate;
    }

    public List<Attempt> attempts(String orderId) {
        return attempts.stream().filter(attempt -> attempt.orderId().equals(orderId)).toList();
    }

    public List<Attempt> attemptsOn(UUID eventId) {
        return attempts.stream().filter(attempt -> attempt.eventId().equals(eventId)).toList();
    }

    protected void react(String orderId, String step, EventContext context) {
        Outcome outcome = next(orderId);
        attempts.add(new Attempt(SEQUENCE.incrementAndGet(), context.eventId(), orderId, context.type(), step,
                outcome));
        entityManager.persist(new TestEffect(getClass().getSimpleName(), context.eventId(), orderId,
                context.type(), step));
        entityManager.flush();
        Gate gate = gates.get(orderId);
        if (gate != null) {
            gate.pass();
        }
        String what = context.type() + " " + step + " of order " + orderId;
        switch (outcome) {
            case FAIL_UNCLASSIFIED -> throw new IllegalStateException("unclassified failure while handling " + what);
            case LOSE_DATABASE -> throw new IllegalStateException("connection lost while handling " + what,
                    new SQLException("An I/O error occurred while sending to the backend.", "08006"));
            case REFUSE -> throw new Conflict("order " + orderId + " is cancelled: " + what + " cannot pass");
            case NOT_YET -> throw new OrderNotYetKnown("order " + orderId + " is not known yet: " + what);
            case SUCCEED -> {
            }
        }
    }

    private Outcome next(String orderId) {
        if (refusedUntilFixed.contains(orderId)) {
            return Outcome.REFUSE;
        }
        if (databaseLostUntilBack.contains(orderId)) {
            return Outcome.LOSE_DATABASE;
        }
        Deque<Outcome> script = scripts.get(orderId);
        Outcome next = script == null ? null : script.poll();
        return next == null ? Outcome.SUCCEED : next;
    }

    /** Lets a test hold an attempt inside its transaction, and know that it got there. */
    public static final class Gate {

        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        void pass() {
            entered.countDown();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate not released within 30 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public boolean awaitEntered(Duration timeout) throws InterruptedException {
            return entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }
    }
}
