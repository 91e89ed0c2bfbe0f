package com.example.fulfillment.domain;

import java.time.Duration;

/**
 * The service takes no more of this for now because of how much it already has in hand, and says when asking again
 * is worth it. Nothing was done: the same command, repeated after retryAfter, is taken as if it came first.
 */
public non-sealed class Busy extends DomainRefusal {

    private final Duration retryAfter;

    public Busy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
