package com.example.fulfillment.eventbus.parking;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of parked_event. waitingBehind is the event first in its order's line when this one is not first itself
 * (computed when read); null for the first in line, and for events no longer parked.
 */
public record ParkedEvent(long seq, UUID eventId, String orderId, String eventType, String envelope, String reaction,
        String reason, String cause, boolean redrivable, int attempts, Instant nextAttemptAt, Instant parkedAt,
        Instant releasedAt, Instant discardedAt, String discardedBy, UUID waitingBehind) {

    public enum State {
        /** First in its order's line: it failed, and the order's later events wait behind it. */
        PARKED,
        /** Behind another parked event of its order: it goes when that one is released or discarded. */
        WAITING,
        /** It passed on a retry and took effect. */
        RELEASED,
        /** Ops decided it shall not take effect here. */
        DISCARDED
    }

    public State state() {
        if (discardedAt != null) {
            return State.DISCARDED;
        }
        if (releasedAt != null) {
            return State.RELEASED;
        }
        return waitingBehind == null ? State.PARKED : State.WAITING;
    }

    public boolean open() {
        return releasedAt == null && discardedAt == null;
    }
}
