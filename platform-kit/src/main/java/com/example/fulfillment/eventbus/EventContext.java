package com.example.fulfillment.eventbus;

import java.time.Instant;
import java.util.UUID;

/** What the envelope says about an event besides its payload: useful for timelines and logs. */
public record EventContext(UUID eventId, String type, String source, Instant occurredAt) {

    static EventContext of(EventEnvelope envelope) {
        return new EventContext(envelope.id(), envelope.type(), envelope.source(),
                envelope.time() == null ? Instant.now() : envelope.time().toInstant());
    }
}
