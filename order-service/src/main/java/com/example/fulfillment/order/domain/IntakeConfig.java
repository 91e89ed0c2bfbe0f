package com.example.fulfillment.order.domain;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much intake lets in ({@link IntakeBacklog}): at most orders.intake.max-backlog orders in the saga's automatic
 * steps at once; beyond that a new order is refused and its sender asked to come back after orders.intake.retry-after.
 * The count is taken every orders.intake.count-every.
 */
@ConfigMapping(prefix = "orders.intake")
public interface IntakeConfig {

    @WithDefault("2000")
    int maxBacklog();

    @WithDefault("10s")
    Duration retryAfter();

    /** Read by {@link IntakeBacklog}'s schedule, as orders.intake.count-every. */
    @WithDefault("1s")
    Duration countEvery();
}
