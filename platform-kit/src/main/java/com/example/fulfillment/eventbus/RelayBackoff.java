package com.example.fulfillment.eventbus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pause of the relay after failed passes: none at first, then the initial pause, doubled after each further
 * failure up to the longest; the first pass that goes through ends it.
 */
final class RelayBackoff {

    private final Duration initial;
    private final Duration longest;
    private final Clock clock;
    private volatile int failures;
    private volatile Instant notBefore = Instant.MIN;

    RelayBackoff(Duration initial, Duration longest, Clock clock) {
        this.initial = initial;
        this.longest = longest;
        this.clock = clock;
    }

    boolean mayPass() {
        return !clock.instant().isBefore(notBefore);
    }

    /** @return the pause until the next pass */
    Duration failed() {
        failures++;
        Duration pause = initial;
        for (int i = 1; i < failures && pause.compareTo(longest) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        pause = pause.compareTo(longest) > 0 ? longest : pause;
        notBefore = clock.instant().plus(pause);
        return pause;
    }

    /** @return how many passes had failed in a row before this one */
    int succeeded() {
        int before = failures;
        failures = 0;
        notBefore = Instant.MIN;
        return before;
    }

    int failures() {
        return failures;
    }

    /** While failing: when the next pass may run; null otherwise. */
    Instant pausedUntil() {
        Instant until = notBefore;
        return failures == 0 ? null : until;
    }
}
