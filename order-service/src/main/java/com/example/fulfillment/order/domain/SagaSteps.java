package com.example.fulfillment.order.domain;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.order.persistence.OrderRepository;

/**
 * What every phase of the saga does alike when another service's fact arrives: find the order under its lock,
 * keep a cancelled order's late news in its timeline only, record a fact once by its business key, and move the
 * status so that a fact the life cycle contradicts is refused for good (it will not fit on any retry).
 */
@ApplicationScoped
public class SagaSteps {

    private static final Logger LOG = Logger.getLogger(SagaSteps.class);

    private final OrderRepository orders;
    private final OrderEventPublisher events;
    private final Clock clock;

    SagaSteps(OrderRepository orders, OrderEventPublisher events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    Order known(String orderId) {
        return orders.findByIdForChange(orderId)
                .orElseThrow(() -> new NotFound("order " + orderId + " is unknown to order-service"));
    }

    /** An order that is cancelled only collects what still happens to it. */
    boolean keptWhileCancelled(Order order, String step, String cause, String detail) {
        if (!order.isCancelled()) {
            return false;
        }
        record(order, step + " (order cancelled: nothing changed)", cause, detail, null);
        return true;
    }

    boolean alreadyAt(Order order, OrderStatus target, String cause) {
        if (order.hasReached(target)) {
            LOG.debugf("order %s is %s already: %s changes nothing", order.getId(), order.getStatus(), cause);
            return true;
        }
        return false;
    }

    /** @return false if a fact with this business key was recorded before */
    boolean recordOnce(Order order, String step, String cause, String detail, String reference) {
        if (order.hasRecorded(reference)) {
            return false;
        }
        record(order, step, cause, detail, reference);
        return true;
    }

    void record(Order order, String step, String cause, String detail, String reference) {
        order.record(now(), step, cause, detail, reference);
    }

    void move(Order order, OrderStatus to, String step, String cause, String detail) {
        move(order, to, step, cause, detail, null);
    }

    /** As {@link #move(Order, OrderStatus, String, String, String)}, keeping the fact's business key. */
    void move(Order order, OrderStatus to, String step, String cause, String detail, String reference) {
        try {
            order.moveTo(to, step, cause, detail, reference, now(), events);
        } catch (TransitionNotAllowedException e) {
            throw new Conflict(e.getMessage(), e);
        }
    }

    /** Packing, labelling and invoicing end in any order: the last of them makes the order ready. */
    void moveToReadyIfPackedAndLabelled(Order order) {
        if (order.isReadyToShip()) {
            move(order, OrderStatus.READY_FOR_SHIPMENT, "ready for shipment", "order-service",
                    "packed, labelled and invoiced");
        }
    }

    Instant now() {
        return clock.instant();
    }
}
