package com.example.fulfillment.eventbus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.example.fulfillment.events.SagaEvent;

/**
 * Publishes a saga event through the transactional outbox: the event is written to this service's own
 * outbox table in the caller's transaction, so it exists if and only if the state change that caused it
 * commits. {@link OutboxRelay} sends it to Kafka afterwards.
 */
@ApplicationScoped
public class EventPublisher {

    private static final String RELAY_WAKE_UP_REGISTERED = EventPublisher.class.getName() + ".wakeUpRegistered";

    private final EntityManager entityManager;
    private final EventCodec codec;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    EventPublisher(EntityManager entityManager, EventCodec codec, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.entityManager = entityManager;
        this.codec = codec;
        this.transactions = transactions;
        this.relay = relay;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(SagaEvent event) {
        EventEnvelope envelope = codec.wrap(event);
        entityManager.createNativeQuery("""
                insert into outbox_message (event_id, order_id, event_type, envelope, created_at)
                values (:eventId, :orderId, :type, :envelope, :createdAt)""")
                .setParameter("eventId", envelope.id())
                .setParameter("orderId", envelope.subject())
                .setParameter("type", envelope.type())
                .setParameter("envelope", codec.write(envelope))
                .setParameter("createdAt", envelope.time())
                .executeUpdate();
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(RELAY_WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(RELAY_WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
