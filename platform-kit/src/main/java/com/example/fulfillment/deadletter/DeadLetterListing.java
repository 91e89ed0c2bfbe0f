package com.example.fulfillment.deadletter;

import java.util.List;

/** The newest dead letters of a service, and how many of all of them still wait for a retry. */
public record DeadLetterListing(String topic, long pending, List<DeadLetter> deadLetters) {
}
