package com.example.fulfillment.eventbus.parking;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.example.fulfillment.failure.TransientFailures;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Waits out failures that pass by themselves ({@link TransientFailures}): the work is attempted again and again, with
 * a capped exponential pause, for as long as the outage lasts, while {@link ConsumerReadiness} reports the service as
 * DOWN. Any other failure is thrown at once, for the caller to decide.
 * <p>
 * The consumer's thread simply does not return meanwhile: its record is neither acknowledged nor dead-lettered, and
 * the records behind it wait. When the service is stopped during such a wait, the thread stays where it is until the
 * process ends: giving the record back as failed would dead-letter it, and acknowledging it would lose it; left
 * unacknowledged, it is delivered again after the restart.
 */
@ApplicationScoped
public class OutageWait {

    private static final Logger LOG = Logger.getLogger(OutageWait.class);

    private final ConsumerReadiness readiness;
    private final ParkingConfig.Backoff backoff;
    private volatile boolean stopping;

    OutageWait(@Readiness ConsumerReadiness readiness, ParkingConfig config) {
        this.readiness = readiness;
        this.backoff = config.outageBackoff();
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public void untilThrough(String what, Runnable work) {
        untilThrough(what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the work until it gets through or fails for a reason that does not pass by waiting (then thrown); either
     * way, readiness is UP again afterwards as far as this thread is concerned.
     */
    public <T> T untilThrough(String what, Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                T result = work.get();
                if (attempt > 1) {
                    LOG.infof("%s got through at attempt %d", what, attempt);
                }
                readiness.done();
                return result;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    readiness.done();
                    throw e;
                }
                readiness.stillWaiting(what, e);
                Duration pause = ParkingConfig.pause(backoff, attempt);
                // one line per attempt, no stack trace: during an outage the cause is what matters
                LOG.warnf("%s: attempt %d met an outage, next in %d ms: %s", what, attempt, pause.toMillis(), e);
                pause(pause);
            }
        }
    }

    /** Sleeps between attempts; see the class comment for a stop during the wait. */
    public void pause(Duration pause) {
        if (!stopping) {
            try {
                Thread.sleep(pause.toMillis());
                return;
            } catch (InterruptedException e) {
                // only the executor's shutdown interrupts a consumer thread
            }
        }
        LOG.warn("stopping while waiting: the record stays unacknowledged and is delivered again after the restart");
        for (;;) {
            Thread.interrupted();
            LockSupport.park(this);
        }
    }
}
