package com.example.fulfillment.order.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.example.fulfillment.order.domain.IntakeBacklog;
import com.example.fulfillment.order.domain.SagaAdmission;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Intake at /q/metrics: the orders in the waiting room, those the saga works on, and the backlog intake sheds
 * beyond (fulfillment_intake_waiting, _in_flight, _backlog), for the benchmark and for an alert on a waiting room that
 * only grows.
 */
@ApplicationScoped
public class IntakeGauges {

    void register(@Observes StartupEvent start, MeterRegistry registry, SagaAdmission admission,
            IntakeBacklog backlog) {
        Gauge.builder("fulfillment.intake.waiting", admission, SagaAdmission::waiting)
                .description("orders taken and waiting for room in the saga, not yet announced").register(registry);
        Gauge.builder("fulfillment.intake.in.flight", admission, SagaAdmission::inFlight)
                .description("orders announced and in the saga's automatic steps").register(registry);
        Gauge.builder("fulfillment.intake.backlog", backlog, IntakeBacklog::backlog)
                .description("orders taken and not through the automatic steps; intake sheds beyond the bound")
                .register(registry);
    }
}
