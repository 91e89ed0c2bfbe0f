package com.example.fulfillment.eventbus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends committed outbox rows to Kafka, oldest first, and marks them published once the broker has them.
 * A crash between send and mark re-sends the batch on restart: delivery is at-least-once, which the
 * consumers' idempotency guard absorbs. Only one relay per database publishes at a time (an advisory
 * lock), so an order's events keep their order even with several instances of a service running.
 * <p>
 * A commit that wrote outbox rows wakes the relay at once ({@link EventPublisher}), so an event leaves within
 * milliseconds; the periodic poll only catches what a crash or another instance left behind.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK_NAME = "fulfillment-outbox-relay";

    private final EntityManager entityManager;
    private final Emitter<String> emitter;
    private final EventBusConfig config;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean passRequested = new AtomicBoolean();

    OutboxRelay(EntityManager entityManager, @Channel("saga-events-out") Emitter<String> emitter,
            EventBusConfig config) {
        this.entityManager = entityManager;
        this.emitter = emitter;
        this.config = config;
    }

    /** Asks for a relay pass on a worker thread; passes never overlap, and a request during a pass makes one more. */
    public void wakeUp() {
        passRequested.set(true);
        if (draining.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(this::drain);
        }
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
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, the next poll tries again: %s", e.toString());
        } finally {
            draining.set(false);
            // a wake-up that arrived between the loop's last check and the flag being cleared
            if (passRequested.get() && draining.compareAndSet(false, true)) {
                Infrastructure.getDefaultWorkerPool().execute(this::drain);
            }
        }
    }

    void publishPending() {
        int published;
        do {
            published = QuarkusTransaction.requiringNew().call(this::publishBatch);
        } while (published == config.relay().batchSize());
    }

    /** @return how many rows were published in this pass */
    int publishBatch() {
        if (!emitter.hasRequests()) {
            // the Kafka channel is not connected yet (start-up) or is saturated: leave the rows for the next pass
            return 0;
        }
        Boolean locked = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", LOCK_NAME)
                .getSingleResult();
        if (!locked) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select seq, order_id, event_type, envelope from outbox_message
                where published_at is null order by seq limit :limit""")
                .setParameter("limit", config.relay().batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> sent = send(rows);
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("update outbox_message set published_at = now() where seq in (:seqs)")
                    .setParameter("seqs", sent)
                    .executeUpdate();
        }
        return sent.size();
    }

    /** Sends the rows in order and returns the sequence numbers of the leading run the broker acknowledged. */
    private List<Long> send(List<Object[]> rows) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String orderId = (String) row[1];
            String type = (String) row[2];
            String envelope = (String) row[3];
            CompletableFuture<Void> ack = new CompletableFuture<>();
            RecordHeaders headers = new RecordHeaders();
            headers.add("content-type", EventEnvelope.MEDIA_TYPE.getBytes(StandardCharsets.UTF_8));
            // lets dashboards and consumers filter by type without parsing the body
            headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String> builder()
                    .withKey(orderId)
                    .withHeaders(headers)
                    .build();
            emitter.send(Message.of(envelope, Metadata.of(kafka))
                    .withAck(() -> {
                        ack.complete(null);
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(failure -> {
                        ack.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            acks.add(ack);
        }
        List<Long> sent = new ArrayList<>(rows.size());
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(((Number) rows.get(i)[0]).longValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                // later rows stay unpublished too, so that the next pass re-sends them in order
                LOG.warnf("outbox relay: broker did not take event %s of order %s (%s); retrying on the next pass",
                        rows.get(i)[2], rows.get(i)[1], e.getCause() != null ? e.getCause() : e);
                break;
            }
        }
        return sent;
    }
}
