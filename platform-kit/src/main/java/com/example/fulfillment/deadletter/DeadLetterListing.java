package com.example.fulfillment.deadletter;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The newest dead letters of a service, how many of all of them still wait for a retry, and the events parked in the
 * service now (oldest first), each with its reason, attempts and next attempt.
 */
public record DeadLetterListing(
        String topic,
        long pending,
        List<DeadLetter> deadLetters,
        @Schema(description = "events parked now, oldest first, up to the limit") List<ParkedEventView> parked) {
}
