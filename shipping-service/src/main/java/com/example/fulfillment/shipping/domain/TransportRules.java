package com.example.fulfillment.shipping.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** The settings the transport planner works with, detached from configuration so that tests can state them. */
public record TransportRules(ZoneId zone, LocalTime pickupTime, LocalTime sameDayPickupTime, LocalTime sameDayCutoff,
        Map<ShippingMethod, MethodRule> methods) {

    public record MethodRule(String carrier, String service, int businessDays) {
    }

    public MethodRule forMethod(ShippingMethod method) {
        MethodRule rule = methods.get(method);
        if (rule == null) {
            throw new IllegalStateException("no carrier configured for shipping method " + method);
        }
        return rule;
    }

    static TransportRules of(ShippingConfig config) {
        return new TransportRules(config.zone(), config.pickupTime(), config.sameDayPickupTime(),
                config.sameDayCutoff(), Map.of(
                        ShippingMethod.STANDARD, rule(config.methods().standard()),
                        ShippingMethod.EXPRESS, rule(config.methods().express()),
                        ShippingMethod.SAME_DAY, rule(config.methods().sameDay())));
    }

    private static MethodRule rule(ShippingConfig.Method method) {
        return new MethodRule(method.carrier(), method.service(), method.businessDays());
    }
}
