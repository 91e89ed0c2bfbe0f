package com.example.fulfillment.order.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.example.fulfillment.order.persistence.OrderRepository;
import com.example.fulfillment.order.persistence.WaitingRoomRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Finish what was started before taking more: the saga works on at most orders.intake.in-flight orders at once (those
 * announced and not yet through its automatic steps). An order taken beyond that is stored and answered as usual,
 * but waits in the waiting room, unannounced, until one in flight leaves the automatic steps; the waiting are let in
 * in the order they came. So a burst does not put all its first events in front of the steps of the orders before
 * it: those go on at their pace, and the burst's orders complete roughly in the order they arrived.
 * <p>
 * The count is one query per interval, with the orders let in since added; the fast path (room and nobody
 * waiting) announces the order in the request's own transaction, as before. Instances share the database: the
 * bound holds for all of them together, give or take one interval's orders.
 */
@ApplicationScoped
public class SagaAdmission {

    private static final Logger LOG = Logger.getLogger(SagaAdmission.class);

    private final OrderRepository orders;
    private final WaitingRoomRepository waitingRoom;
    private final OrderEventPublisher events;
    private final IntakeConfig config;
    private final Clock clock;
    private final AtomicLong announcedSinceCount = new AtomicLong();
    private final AtomicLong waiting = new AtomicLong();
    private volatile long inFlight;

    SagaAdmission(OrderRepository orders, WaitingRoomRepository waitingRoom, OrderEventPublisher events,
            IntakeConfig config, Clock clock) {
        this.orders = orders;
        this.waitingRoom = waitingRoom;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /** Orders in the waiting room, as last counted. */
    public long waiting() {
        return waiting.get();
    }

    /** Orders the saga works on, as last counted, with those announced since. */
    public long inFlight() {
        return inFlight + announcedSinceCount.get();
    }

    /** A new order, in the caller's transaction: announced now if the saga has room and no one waits, else it waits. */
    public void enter(Order order) {
        if (waiting.get() == 0 && inFlight + announcedSinceCount.get() < config.inFlight()) {
            announcedSinceCount.incrementAndGet();
            order.enterSaga(events);
            return;
        }
        waitingRoom.persist(new WaitingOrder(order.getId(), clock.instant()));
        order.record(clock.instant(), "waiting for room in the saga", "order-service", "about " + inFlight()
                + " orders in the saga's steps, " + config.inFlight() + " at most; " + waiting.incrementAndGet()
                + " waiting", null);
    }

    /**
     * The order leaves the waiting room now, announced ahead of its turn: before a change to it is announced (a
     * cancellation), the other services must have heard of it. Nothing to do for an order already announced.
     */
    public void announceNow(Order order) {
        waitingRoom.findByIdOptional(order.getId()).ifPresent(seat -> {
            waitingRoom.delete(seat);
            waiting.decrementAndGet();
            order.enterSaga(events);
        });
    }

    @Scheduled(every = "${orders.intake.admit-every:250ms}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void letIn() {
        try {
            QuarkusTransaction.requiringNew().run(this::letInOnce);
        } catch (RuntimeException e) {
            LOG.debugf("waiting orders not let in this time: %s", e); // the next interval tries again
        }
    }

    private void letInOnce() {
        announcedSinceCount.set(0);
        inFlight = orders.countAnnouncedInSagaSteps();
        long room = config.inFlight() - inFlight;
        if (room > 0) {
            List<String> next = waitingRoom.firstInLineForUpdate((int) Math.min(room, config.letInAtOnce())).stream()
                    .map(WaitingOrder::getOrderId).toList();
            if (!next.isEmpty()) {
                // read in one query, not locked: a cancellation holding an order waits for its seat instead, then
                // finds it gone; announced in the order they came
                Map<String, Order> waitingOrders = orders.list("id in ?1", next).stream()
                        .collect(Collectors.toMap(Order::getId, Function.identity()));
                next.stream().map(waitingOrders::get).filter(Objects::nonNull).forEach(order -> order.enterSaga(events));
                waitingRoom.delete("orderId in ?1", next);
            }
            inFlight += next.size();
        }
        waiting.set(waitingRoom.count());
    }
}
