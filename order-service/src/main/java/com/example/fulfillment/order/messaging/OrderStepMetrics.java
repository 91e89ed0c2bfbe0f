package com.example.fulfillment.order.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.order.domain.OrderStatus;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The saga's step latencies at /q/metrics: for each status, how long after it was received an order reached it
 * (fulfillment_order_step_seconds{status="SHIPPED"}), with a histogram for percentiles across instances.
 */
@ApplicationScoped
public class OrderStepMetrics {

    private final MeterRegistry registry;

    OrderStepMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void reached(OrderStatus status, Duration sinceReceived) {
        Timer.builder("fulfillment.order.step")
                .description("time from an order's receipt to its reaching the status")
                .tag("status", status.name())
                .publishPercentileHistogram()
                .register(registry)
                .record(sinceReceived.isNegative() ? Duration.ZERO : sinceReceived);
    }
}
