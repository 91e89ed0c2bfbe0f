package com.example.fulfillment.eventbus.parking;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * How the consumer waits out an outage and how parked events are tried again; defaults live in this module's
 * META-INF/microprofile-config.properties.
 */
@ConfigMapping(prefix = "fulfillment.events.parking")
public interface ParkingConfig {

    /** The pause between attempts while a failure that passes by itself lasts (database or broker away). */
    Backoff outageBackoff();

    Redrive redrive();

    interface Backoff {
        /** The first pause; it doubles with each further attempt. */
        Duration initial();

        /** The longest pause. */
        Duration max();
    }

    interface Redrive {
        /** How often the re-driver looks for parked events that are due (read by ParkedEventRedriver's @Scheduled). */
        Duration every();

        /** The pause before each automatic attempt of a re-drivable parked event. */
        Backoff backoff();

        /** Automatic attempts after which a parked event waits for ops (retry or discard by id). */
        int maxAttempts();

        /** How many orders one pass of the re-driver tries at most. */
        int batchSize();
    }

    /** The pause before the given attempt (1 = the first retry): initial doubled each time, never above max. */
    static Duration pause(Backoff backoff, int attempt) {
        long millis = backoff.initial().toMillis();
        for (int i = 1; i < attempt && millis < backoff.max().toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, backoff.max().toMillis()));
    }
}
