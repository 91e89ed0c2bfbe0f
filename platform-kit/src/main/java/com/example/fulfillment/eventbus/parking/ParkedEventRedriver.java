package com.example.fulfillment.eventbus.parking;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.example.fulfillment.failure.TransientFailures;

import io.quarkus.scheduler.Scheduled;

/**
 * Tries parked events again without anyone asking: those parked for a cause that can pass later ("not yet
 * possible", an outage met on a retry) with a bounded backoff, and those left behind a line that emptied. One pass
 * per interval, order by order, each order's first event first.
 */
@ApplicationScoped
public class ParkedEventRedriver {

    private static final Logger LOG = Logger.getLogger(ParkedEventRedriver.class);

    private final ParkedEventActions actions;

    ParkedEventRedriver(ParkedEventActions actions) {
        this.actions = actions;
    }

    @Scheduled(every = "${fulfillment.events.parking.redrive.every}",
            delayed = "${fulfillment.events.parking.redrive.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void redrive() {
        try {
            int tried = actions.redriveDue();
            if (tried > 0) {
                LOG.debugf("re-drove %d parked event(s)", tried);
            }
        } catch (RuntimeException e) {
            if (!TransientFailures.isTransient(e)) {
                throw e;
            }
            // the database is away: the consumer waits it out and says so in its readiness; the next pass tries again
            LOG.debugf("re-driver pass skipped: %s", e);
        }
    }
}
