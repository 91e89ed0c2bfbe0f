package com.example.fulfillment.deadletter;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.eventbus.parking.ParkedEvent;

/** One record on the service's dead-letter topic, as ops read it. */
public record DeadLetter(
        int partition,
        long offset,
        @Schema(description = "true until a retry has handed it to the service again, or its parked event was "
                + "released or discarded") boolean pending,
        @Schema(description = "the record's key: the order id") String orderId,
        @Schema(description = "the CloudEvent id; null if the record was not a readable event") String eventId,
        @Schema(description = "the CloudEvent type, e.g. Shipped") String eventType,
        @Schema(description = "why the service could not process it") String reason,
        String cause,
        Instant deadLetteredAt,
        @Schema(description = "for a dead letter that failed again on retry: topic/partition/offset it was retried from")
        String retriedFrom,
        @Schema(description = "the record as it was, when it is not a readable event") String unreadableValue,
        @Schema(description = "where its event stands among the parked events now; null for a record that is not a "
                + "readable event") ParkedEvent.State parkedState,
        @Schema(description = "attempts since it was parked") Integer attempts,
        @Schema(description = "when the re-driver tries it next; null when it waits for ops or is no longer parked")
        Instant nextAttemptAt) {
}
