package com.example.fulfillment.eventbus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.example.fulfillment.events.SagaEvent;

/**
 * Publishes a saga event through the transactional outbox: the event is written to this service's own
 * outbox table in the caller's transaction, so it exists if and only if the state change that caused it
 * commits. {@link OutboxRelay} sends it to Kafka afterwards.
 */
@ApplicationScoped
public class EventPublisher {

    private final EntityManager entityManager;
    private final EventCodec codec;

    EventPublisher(EntityManager entityManager, EventCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
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
        return envelope;
    }
}
