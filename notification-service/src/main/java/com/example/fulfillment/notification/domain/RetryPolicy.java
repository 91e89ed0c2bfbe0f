package com.example.fulfillment.notification.domain;

import java.time.Duration;

/** How often and how patiently a failed send is tried again: the pause doubles after each failed attempt. */
public record RetryPolicy(int maxAttempts, Duration initialBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, got " + maxAttempts);
        }
    }

    /** The pause after the given number of failed attempts (1 → initial backoff, 2 → twice that, ...). */
    public Duration backoffAfter(int failedAttempts) {
        return initialBackoff.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
    }
}
