package com.example.fulfillment.order.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much intake lets in ({@link IntakeBacklog}): at most orders.intake.max-backlog orders in the saga's automatic
 * steps at once; beyond that a new order is refused and its sender asked to come back after orders.intake.retry-after.
 * The count is taken every orders.intake.count-every. Of the orders taken, the saga works on orders.intake.in-flight
 * at once ({@link SagaAdmission}).
 */
@ConfigMapping(prefix = "orders.intake")
public interface IntakeConfig {

    @WithDefault("2000")
    int maxBacklog();

    @WithDefault("10s")
    Duration retryAfter();

    /**
     * How many orders the saga works on at once ({@link SagaAdmission}); more wait, unannounced, in the waiting
     * room. Counted as max-backlog is, without the waiting ones.
     */
    @WithDefault("100")
    int inFlight();

    /** The most orders let in from the waiting room per interval (orders.intake.admit-every, 250 ms). */
    @WithDefault("100")
    int letInAtOnce();

    /** Read by {@link SagaAdmission}'s schedule, as orders.intake.admit-every. */
    @WithDefault("250ms")
    Duration admitEvery();

    /** Read by {@link IntakeBacklog}'s schedule, as orders.intake.count-every. */
    @WithDefault("1s")
    Duration countEvery();
}
