package com.example.fulfillment.eventbus;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while this service's topics are not declared: the broker did not answer at start-up, or an existing
 * topic contradicts the declaration (see {@link EventTopics}). Services bring SmallRye Health, which finds it.
 */
@Readiness
@ApplicationScoped
public class EventTopicsHealth implements HealthCheck {

    private final EventTopics topics;

    EventTopicsHealth(EventTopics topics) {
        this.topics = topics;
    }

    @Override
    public HealthCheckResponse call() {
        EventTopics.Status status = topics.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-bus topics")
                .status(status.declared())
                .withData("topics", String.join(", ", status.topics()));
        if (status.problem() != null) {
            response.withData("problem", status.problem());
        }
        return response.build();
    }
}
