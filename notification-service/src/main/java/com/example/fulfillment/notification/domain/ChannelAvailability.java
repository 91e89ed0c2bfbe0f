package com.example.fulfillment.notification.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which channels the last attempt found away, since when and why, so that operators see an outage as one fact
 * ("EMAIL away since 10:02, connection refused") instead of reading it out of many messages' errors.
 */
@ApplicationScoped
public class ChannelAvailability {

    public record Outage(Instant since, String lastError, int failedAttempts) {
    }

    private final Map<NotificationChannel, Outage> outages = new ConcurrentHashMap<>();

    void unavailable(NotificationChannel channel, String error, Instant now) {
        outages.compute(channel, (c, before) -> before == null ? new Outage(now, error, 1)
                : new Outage(before.since(), error, before.failedAttempts() + 1));
    }

    void available(NotificationChannel channel) {
        outages.remove(channel);
    }

    /** Forgets an outage nothing waits on any more (its messages were withdrawn), as no attempt will clear it. */
    public void nothingWaitsOn(NotificationChannel channel) {
        outages.remove(channel);
    }

    public Map<NotificationChannel, Outage> outages() {
        return Map.copyOf(outages);
    }

    public Optional<Outage> outageOf(NotificationChannel channel) {
        return Optional.ofNullable(outages.get(channel));
    }
}
