package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The relay's pause after failed passes, on a clock the test moves. */
class RelayBackoffTest {

    private Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void thePauseDoublesWithEachFailedPassUpToTheLongest() {
        RelayBackoff backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(15), clock);

        List<Duration> pauses = IntStream.range(0, 7).mapToObj(i -> backoff.failed()).toList();

        assertEquals(List.of(1L, 2L, 4L, 8L, 15L, 15L, 15L), pauses.stream().map(Duration::toSeconds).toList());
        assertEquals(7, backoff.failures());
    }

    @Test
    void noPassRunsDuringThePauseAndTheFirstPassThatGoesThroughEndsIt() {
        RelayBackoff backoff = new RelayBackoff(Duration.ofSeconds(1), Duration.ofSeconds(15), clock);
        assertTrue(backoff.mayPass());
        assertNull(backoff.pausedUntil());

        backoff.failed();
        backoff.failed();
        assertFalse(backoff.mayPass());
        assertEquals(now.plusSeconds(2), backoff.pausedUntil());
        now = now.plusMillis(1999);
        assertFalse(backoff.mayPass());
        now = now.plusMillis(1);
        assertTrue(backoff.mayPass());

        assertEquals(2, backoff.succeeded());
        assertEquals(0, backoff.failures());
        assertNull(backoff.pausedUntil());
        assertEquals(Duration.ofSeconds(1), backoff.failed(), "after a success the pause starts over");
    }
}
