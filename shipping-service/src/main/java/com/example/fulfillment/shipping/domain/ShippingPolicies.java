package com.example.fulfillment.shipping.domain;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain policy classes injectable, configured from application.properties. */
@ApplicationScoped
public class ShippingPolicies {

    @Produces
    @Singleton
    TransportPlanner transportPlanner(Clock clock, ShippingConfig config) {
        return new TransportPlanner(clock, TransportRules.of(config));
    }

    @Produces
    @Singleton
    PackingPolicy packingPolicy() {
        return new PackingPolicy();
    }

    @Produces
    @Singleton
    TrackingProgress trackingProgress() {
        return new TrackingProgress();
    }
}
