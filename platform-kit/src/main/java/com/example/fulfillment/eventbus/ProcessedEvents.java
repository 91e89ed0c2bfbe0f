package com.example.fulfillment.eventbus;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent-consumer guard: records that a handler processed an event, in the same transaction as
 * the handler's effect. If the transaction rolls back, so does the record, and the event is processed again.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true the first time this consumer sees this event id, false for a duplicate */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(UUID eventId, String consumer) {
        return entityManager.createNativeQuery("""
                insert into processed_event (event_id, consumer) values (:eventId, :consumer)
                on conflict do nothing""")
                .setParameter("eventId", eventId)
                .setParameter("consumer", consumer)
                .executeUpdate() == 1;
    }
}
