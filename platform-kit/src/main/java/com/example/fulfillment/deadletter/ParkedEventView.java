package com.example.fulfillment.deadletter;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.eventbus.parking.ParkedEvent;

/** An event parked in this service now, as ops read it. */
public record ParkedEventView(
        String eventId,
        String orderId,
        String eventType,
        @Schema(description = "PARKED: first in its order's line; WAITING: behind another parked event of its order")
        ParkedEvent.State state,
        @Schema(description = "the reaction that failed (<consumer>#<event type>); null when the event as a whole "
                + "could not be handled, or when it waits behind another") String reaction,
        String reason,
        @Schema(description = "tried again without anyone asking") boolean redrivable,
        @Schema(description = "attempts since it was parked, automatic or by ops") int attempts,
        @Schema(description = "when the re-driver tries it next; null when it waits for ops (or, WAITING, for the "
                + "event it waits behind)") Instant nextAttemptAt,
        Instant parkedAt,
        @Schema(description = "the event first in its order's line, which this one waits behind") String waitingBehind) {

    static ParkedEventView of(ParkedEvent parked) {
        return new ParkedEventView(parked.eventId().toString(), parked.orderId(), parked.eventType(), parked.state(),
                parked.reaction(), parked.reason(), parked.redrivable(), parked.attempts(), parked.nextAttemptAt(),
                parked.parkedAt(), parked.waitingBehind() == null ? null : parked.waitingBehind().toString());
    }
}
