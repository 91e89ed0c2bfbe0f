package com.example.fulfillment.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The service's clock in the tests (it replaces platform-kit's default bean). It ticks, but starts at 10:00 in
 * Berlin whenever the tests run, so that SAME_DAY orders are inside the cut-off whatever the wall clock says; a
 * test that needs another moment fixes the clock and resets it when done.
 */
@Singleton
public class AdjustableClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private volatile Clock current = morningInBerlin();

    public void fixAt(Instant instant) {
        current = Clock.fixed(instant, ZoneOffset.UTC);
    }

    public void reset() {
        current = morningInBerlin();
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }

    private static Clock morningInBerlin() {
        Instant now = Instant.now();
        Instant morning = LocalDate.now(BERLIN).atTime(LocalTime.of(10, 0)).atZone(BERLIN).toInstant();
        return Clock.offset(Clock.systemUTC(), Duration.between(now, morning));
    }
}
