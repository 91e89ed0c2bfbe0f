package com.example.fulfillment.notification.domain;

import java.time.Duration;

/**
 * How often and how patiently a failed send is tried again: the pause doubles after each failed attempt, up to
 * maxPause. A message the channel refused is given up after maxAttempts; one that met a channel that was away is
 * tried again without limit, since the next attempt may well get through.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxPause) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, got " + maxAttempts);
        }
        if (maxPause.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("the longest pause " + maxPause + " is shorter than the first one "
                    + initialBackoff);
        }
    }

    /** The pause after the given number of failed attempts (1 → initial backoff, 2 → twice that, ... maxPause). */
    public Duration backoffAfter(int failedAttempts) {
        Duration pause = initialBackoff.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
