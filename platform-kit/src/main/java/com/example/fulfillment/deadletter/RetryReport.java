package com.example.fulfillment.deadletter;

import java.util.List;

/**
 * What a retry did: every pending dead letter was handed to the service's handlers once; those that failed again
 * are back on the dead-letter topic with their new reason, listed here (partition and offset are those of the
 * dead letter that was retried; retriedFrom names it in full).
 */
public record RetryReport(String topic, int retried, int succeeded, List<DeadLetter> failedAgain) {
}
