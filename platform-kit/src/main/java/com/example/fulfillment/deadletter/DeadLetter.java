package com.example.fulfillment.deadletter;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One record on the service's dead-letter topic, as ops read it. */
public record DeadLetter(
        int partition,
        long offset,
        @Schema(description = "true until a retry has handed it to the service again") boolean pending,
        @Schema(description = "the record's key: the order id") String orderId,
        @Schema(description = "the CloudEvent id; null if the record was not a readable event") String eventId,
        @Schema(description = "the CloudEvent type, e.g. Shipped") String eventType,
        @Schema(description = "why the service could not process it") String reason,
        String cause,
        Instant deadLetteredAt,
        @Schema(description = "for a dead letter that failed again on retry: topic/partition/offset it was retried from")
        String retriedFrom,
        @Schema(description = "the record as it was, when it is not a readable event") String unreadableValue) {
}
