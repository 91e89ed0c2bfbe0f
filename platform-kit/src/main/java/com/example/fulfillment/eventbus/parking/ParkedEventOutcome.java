package com.example.fulfillment.eventbus.parking;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a retry or a discard of one parked event did. */
public record ParkedEventOutcome(
        String eventId,
        String orderId,
        @Schema(description = "RELEASED: it passed and took effect; PARKED: it failed again and keeps its place; "
                + "DISCARDED: it will not take effect here") ParkedEvent.State state,
        @Schema(description = "why it is still parked (PARKED only)") String reason,
        @Schema(description = "attempts since it was parked, automatic or by ops") int attempts,
        @Schema(description = "when the re-driver tries it next; null when it waits for ops") Instant nextAttemptAt,
        @Schema(description = "the order's later events that followed it, in their order") List<String> released,
        @Schema(description = "the event the order's line now waits on, null when none is parked") String orderWaitsOn) {
}
