package com.example.fulfillment.order.domain;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.Busy;
import com.example.fulfillment.order.persistence.OrderRepository;

import io.quarkus.scheduler.Scheduled;

/**
 * Intake takes no more orders than the saga has room for. The backlog is the orders taken and not yet through the
 * saga's automatic steps (received up to approved for shipment, none of them waiting for a person or a restock):
 * once it passes the configured bound, a new order is refused as {@link Busy} with the time to come back, so that a
 * burst far above what the saga completes is answered at once instead of growing a line that every order then
 * waits in.
 * <p>
 * The backlog is counted by one query every interval, never per order; the orders admitted since the last count are
 * added to it, so a burst cannot overrun the bound between two counts. Every instance counts the same database, so
 * the bound holds for all of them together (each may admit up to one interval's orders beyond it).
 */
@ApplicationScoped
public class IntakeBacklog {

    private static final Logger LOG = Logger.getLogger(IntakeBacklog.class);

    private final OrderRepository orders;
    private final IntakeConfig config;
    private final AtomicLong admittedSinceCount = new AtomicLong();
    private volatile long counted;
    private volatile boolean refusing;

    IntakeBacklog(OrderRepository orders, IntakeConfig config) {
        this.orders = orders;
        this.config = config;
    }

    /** Lets one more order in, or refuses it when the backlog is at its bound. */
    public void admit() {
        long backlog = counted + admittedSinceCount.get();
        if (backlog >= config.maxBacklog()) {
            if (!refusing) {
                refusing = true;
                LOG.warnf("intake: %d orders in the saga's hands, the bound is %d: new orders are refused until"
                        + " it has fewer", backlog, config.maxBacklog());
            }
            throw new Busy("the platform has " + backlog + " orders in hand, as many as it takes at once; place this"
                    + " order again after the Retry-After delay (with the same Idempotency-Key, so that it is placed"
                    + " once)", config.retryAfter());
        }
        admittedSinceCount.incrementAndGet();
    }

    /** The orders in the saga's hands at the last count, with those admitted since. */
    public long backlog() {
        return counted + admittedSinceCount.get();
    }

    @Scheduled(every = "${orders.intake.count-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void count() {
        try {
            // reset first: an order admitted while the query runs is counted twice at worst, never missed
            long admittedBefore = admittedSinceCount.getAndSet(0);
            try {
                counted = orders.countInSagaSteps();
            } catch (RuntimeException e) {
                admittedSinceCount.addAndGet(admittedBefore); // keep what was known: the database may be away
                throw e;
            }
            if (refusing && counted < config.maxBacklog()) {
                refusing = false;
                LOG.infof("intake: %d orders in the saga's hands, below the bound of %d: new orders are taken again",
                        counted, config.maxBacklog());
            }
        } catch (RuntimeException e) {
            LOG.debugf("intake backlog not counted: %s", e);
        }
    }
}
