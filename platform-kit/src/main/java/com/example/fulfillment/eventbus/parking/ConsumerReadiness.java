package com.example.fulfillment.eventbus.parking;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the saga event consumer: DOWN while it waits out a failure that passes by itself (the database or the
 * broker is away), with what it waits on, why and since when; UP again as soon as an attempt gets through. A service
 * that cannot handle its events cannot serve its requests either, so it is taken out of rotation rather than answering
 * each request with an error.
 */
@Readiness
@ApplicationScoped
public class ConsumerReadiness implements HealthCheck {

    static final String NAME = "saga event consumer";

    /** What is waiting now, per waiting thread (the consumer's, or a test's dispatching by hand). */
    private final Map<Thread, Waiting> waiting = new ConcurrentHashMap<>();

    record Waiting(String what, String cause, Instant since, int attempts) {
    }

    /** Another attempt of what the current thread works on failed for a reason that passes by itself. */
    void stillWaiting(String what, Throwable cause) {
        waiting.compute(Thread.currentThread(), (thread, before) -> new Waiting(what, describe(cause),
                before == null ? Instant.now() : before.since(), before == null ? 1 : before.attempts() + 1));
    }

    /** The current thread's attempt got through (or failed for a reason that does not pass by waiting). */
    void done() {
        waiting.remove(Thread.currentThread());
    }

    public Optional<Instant> waitingSince() {
        return longestWaiting().map(Waiting::since);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        Optional<Waiting> longest = longestWaiting();
        if (longest.isEmpty()) {
            return response.up().build();
        }
        return response.down()
                .withData("waitingFor", longest.get().what())
                .withData("cause", longest.get().cause())
                .withData("since", longest.get().since().toString())
                .withData("attempts", longest.get().attempts())
                .build();
    }

    private Optional<Waiting> longestWaiting() {
        return waiting.values().stream().min(Comparator.comparing(Waiting::since));
    }

    /** The innermost cause says what is away ("Connection refused", "FATAL: the database system is starting up"). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure) : failure.getClass().getSimpleName() + ": " + root;
    }
}
