package com.example.fulfillment.eventbus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.example.fulfillment.eventbus.OutboxRows.Backlog;
import com.example.fulfillment.eventbus.OutboxRows.SetAside;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the outbox relay still owes the broker, as details of a readiness check that is always UP: the age of the
 * oldest unpublished event (the number to alert on), the events set aside because the broker refused them for good
 * and the events of their orders waiting behind them, and how the relay is doing (sends in flight, failed passes,
 * its pause). A backlog is not cured by taking the instance out of service, so it never makes the service unready;
 * the database and the broker have checks of their own.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    static final String NAME = "outbox relay";
    private static final int LISTED = 10;
    private static final int QUERY_TIMEOUT_SECONDS = 5;

    private final OutboxRows rows;
    private final OutboxRelay relay;
    // the real clock, as the ages are read by people, not by the service's rules
    private final Clock clock = Clock.systemUTC();

    OutboxHealth(OutboxRows rows, OutboxRelay relay) {
        this.rows = rows;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        OutboxRelay.State state = relay.state();
        response.withData("in-flight", state.inFlight()).withData("failed-passes", state.failedPasses());
        if (state.pausedUntil() != null) {
            response.withData("paused-until", state.pausedUntil().toString());
        }
        if (state.lastFailure() != null) {
            response.withData("last-failure", state.lastFailure());
        }
        Backlog backlog;
        try {
            backlog = QuarkusTransaction.requiringNew().timeout(QUERY_TIMEOUT_SECONDS).call(() -> rows.backlog(LISTED));
        } catch (RuntimeException e) {
            return response.withData("outbox", "cannot be read: " + e.getMessage()).build();
        }
        response.withData("unpublished", backlog.unpublished());
        if (backlog.oldestUnpublished() != null) {
            Duration age = Duration.between(backlog.oldestUnpublished(), clock.instant());
            response.withData("oldest-unpublished-at", backlog.oldestUnpublished().toString())
                    .withData("oldest-unpublished-age-seconds", Math.max(0, age.toSeconds()));
        }
        response.withData("set-aside", backlog.setAside()).withData("held-behind-set-aside", backlog.held());
        for (SetAside row : backlog.firstSetAside()) {
            response.withData("set-aside-" + row.seq(), "event " + row.type() + " " + row.eventId() + " of order "
                    + row.orderId() + ", since " + row.since() + ", " + row.held() + " later event(s) of the order"
                    + " waiting behind it: " + row.failure());
        }
        return response.build();
    }
}
