package com.example.fulfillment.eventbus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import com.example.fulfillment.eventbus.InFlightSends.Answered;
import com.example.fulfillment.eventbus.InFlightSends.Failed;
import com.example.fulfillment.eventbus.OutboxRows.Row;
import com.example.fulfillment.failure.TransientFailures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Sends committed outbox rows to Kafka, oldest first, and marks them published once the broker has them.
 * A crash between send and mark re-sends the batch on restart: delivery is at-least-once, which the
 * consumers' idempotency guard absorbs. Only one relay per database publishes at a time (an advisory
 * lock), so an order's events keep their order even with several instances of a service running.
 * <p>
 * A commit that wrote outbox rows wakes the relay at once ({@link EventPublisher}), so an event leaves within
 * milliseconds; the periodic poll only catches what a crash or another instance left behind.
 * <p>
 * Within a pass an order has one send in flight at a time (the batch goes out in waves: every order's next row,
 * then the next), so that a row the broker refuses cannot be overtaken by a later row of its order. A row the
 * broker refuses for good is set aside and reported, and its order's later rows wait behind it; the other orders go
 * on. A send the broker has not answered within the pass stays in flight: later passes wait for its answer instead
 * of sending it again. After a failed pass the relay pauses, longer after each failure (capped).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** What one pass did; failure is null unless something is worth a pause. */
    private record Pass(int selected, String failure) {
    }

    private final OutboxRows rows;
    private final Emitter<String> emitter;
    private final EventBusConfig config;
    private final InFlightSends inFlight;
    // the real clock, not the service's: tests that stop the service's clock must not stop the relay
    private final RelayBackoff backoff;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private volatile String lastFailure;

    OutboxRelay(OutboxRows rows, @Channel("saga-events-out") Emitter<String> emitter, EventBusConfig config) {
        this.rows = rows;
        this.emitter = emitter;
        this.config = config;
        this.inFlight = new InFlightSends(emitter);
        this.backoff = new RelayBackoff(config.relay().initialBackoff(), config.relay().maxBackoff(),
                Clock.systemUTC());
    }

    /** Asks for a relay pass on a worker thread; passes never overlap, and a request during a pass makes one more. */
    public void wakeUp() {
        passRequested.set(true);
        if (draining.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(this::drain);
        }
    }

    /** For the health check: sends in flight, failed passes in a row, the pause and the last failure. */
    public record State(int inFlight, int failedPasses, Instant pausedUntil, String lastFailure) {
    }

    public State state() {
        int failures = backoff.failures();
        return new State(inFlight.count(), failures, backoff.pausedUntil(), failures == 0 ? null : lastFailure);
    }

    // not while the application starts: the outgoing channel is wired during start-up, and creating this bean
    // before that fails; nor while it stops, when the persistence unit is already closed
    @Scheduled(every = "${fulfillment.events.relay.interval}", delayed = "${fulfillment.events.relay.delay}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wakeUp();
    }

    private void drain() {
        try {
            while (passRequested.getAndSet(false)) {
                publishPending();
            }
        } finally {
            draining.set(false);
            // a wake-up that arrived between the loop's last check and the flag being cleared
            if (passRequested.get() && draining.compareAndSet(false, true)) {
                Infrastructure.getDefaultWorkerPool().execute(this::drain);
            }
        }
    }

    /** Passes until the outbox holds no more than one batch, a pass fails, or the relay is pausing after failures. */
    void publishPending() {
        Pass pass;
        do {
            if (!backoff.mayPass()) {
                return; // the poll comes back once the pause is over; a commit's wake-up must not cut it short
            }
            try {
                pass = pass();
            } catch (RuntimeException e) {
                pass = new Pass(0, "the relay pass failed: " + e);
            }
            if (pass.failure() != null) {
                lastFailure = pass.failure();
                Duration pause = backoff.failed();
                LOG.warnf("outbox relay: %s; next pass in %s (failed passes in a row: %d)", pass.failure(),
                        TopicRules.describe(pause), backoff.failures());
                return;
            }
            int failedBefore = backoff.succeeded();
            if (failedBefore > 0) {
                LOG.infof("outbox relay: publishing again after %d failed pass(es)", failedBefore);
            }
        } while (pass.selected() == config.relay().batchSize());
    }

    /** First the answers to what an earlier pass left in flight; then, if nothing is in flight, the next batch. */
    private Pass pass() {
        if (inFlight.count() > 0) {
            Answered answered = inFlight.await(config.relay().sendTimeout());
            String failure = QuarkusTransaction.requiringNew().call(() -> record(answered, new HashSet<>()));
            if (failure != null) {
                return new Pass(0, failure);
            }
            if (inFlight.count() > 0) {
                return new Pass(0, stillInFlight());
            }
        }
        return QuarkusTransaction.requiringNew().call(this::publishBatch);
    }

    private Pass publishBatch() {
        if (!emitter.hasRequests() || !rows.tryLock()) {
            // the Kafka channel is not connected yet (start-up) or is saturated, or another instance relays
            return new Pass(0, null);
        }
        List<Row> batch = rows.nextToSend(config.relay().batchSize());
        Map<String, Deque<Row>> byOrder = new LinkedHashMap<>();
        batch.forEach(row -> byOrder.computeIfAbsent(row.orderId(), order -> new ArrayDeque<>()).add(row));
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        while (!byOrder.isEmpty()) {
            // a wave: the next row of every order, so that each order has one send in flight at a time
            for (Iterator<Deque<Row>> orders = byOrder.values().iterator(); orders.hasNext();) {
                Deque<Row> ofOrder = orders.next();
                inFlight.send(ofOrder.poll());
                if (ofOrder.isEmpty()) {
                    orders.remove();
                }
            }
            Set<String> setAside = new HashSet<>();
            String failure = record(inFlight.await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))),
                    setAside);
            setAside.forEach(byOrder::remove);
            if (failure != null) {
                return new Pass(batch.size(), failure);
            }
            if (inFlight.count() > 0) {
                return new Pass(batch.size(), stillInFlight());
            }
        }
        return new Pass(batch.size(), null);
    }

    /**
     * Marks the acknowledged rows published and sets aside those the broker refused for good, adding their orders to
     * setAside. @return why the other failed sends failed (they are sent again after the pause), or null
     */
    private String record(Answered answered, Set<String> setAside) {
        rows.markPublished(answered.acknowledged().stream().map(Row::seq).toList());
        String failure = null;
        for (Failed failed : answered.failed()) {
            Row row = failed.row();
            if (refusedForGood(failed.failure())) {
                setAside.add(row.orderId());
                long held = rows.setAside(row, failed.failure().toString());
                if (held >= 0) {
                    LOG.errorf("outbox relay: the broker refuses event %s %s (outbox seq %d) of order %s for good: %s."
                            + " It is set aside, and the %d later event(s) of order %s wait behind it, as will the"
                            + " ones still to come; other orders go on. Once the cause is fixed: POST"
                            + " /outbox/set-aside/%d/retry", row.type(), row.eventId(),
                            row.seq(), row.orderId(), failed.failure(), held, row.orderId(), row.seq());
                }
            } else if (failure == null) {
                failure = "the broker did not take event " + row.type() + " of order " + row.orderId() + " ("
                        + failed.failure() + "); it and the rows after it are sent again";
            }
        }
        return failure;
    }

    private String stillInFlight() {
        return inFlight.count() + " event(s) sent but not answered by the broker within "
                + TopicRules.describe(config.relay().sendTimeout()) + "; waiting for their answer before sending more";
    }

    /**
     * The broker (or the producer, for a record over max.request.size) refused the record itself: sending it again
     * would fail the same way. A failure that is not Kafka's own answer (the channel closing, say) is never taken
     * for that: the row is sent again later.
     */
    static boolean refusedForGood(Throwable failure) {
        if (TransientFailures.isTransient(failure)) {
            return false;
        }
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.ApiException) {
                return true;
            }
        }
        return false;
    }
}
