package com.example.fulfillment.shipping.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Books a pickup and promises a delivery date. Only Saturdays and Sundays are non-business days; public
 * holidays are not modelled.
 */
public class TransportPlanner {

    private final Clock clock;
    private final TransportRules rules;

    public TransportPlanner(Clock clock, TransportRules rules) {
        this.clock = clock;
        this.rules = rules;
    }

    public TransportPlan plan(ShippingMethod method) {
        TransportRules.MethodRule rule = rules.forMethod(method);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(rules.zone()));
        ZonedDateTime pickup;
        if (method == ShippingMethod.SAME_DAY) {
            boolean today = isBusinessDay(now.toLocalDate()) && now.toLocalTime().isBefore(rules.sameDayCutoff());
            LocalDate pickupDay = today ? now.toLocalDate() : nextBusinessDay(now.toLocalDate());
            pickup = pickupDay.atTime(rules.sameDayPickupTime()).atZone(rules.zone());
        } else {
            pickup = nextBusinessDay(now.toLocalDate()).atTime(rules.pickupTime()).atZone(rules.zone());
        }
        LocalDate delivery = addBusinessDays(pickup.toLocalDate(), rule.businessDays());
        return new TransportPlan(rule.carrier(), rule.service(), pickup.toInstant(), delivery);
    }

    public String carrierFor(ShippingMethod method) {
        return rules.forMethod(method).carrier();
    }

    static LocalDate nextBusinessDay(LocalDate day) {
        return addBusinessDays(day, 1);
    }

    static LocalDate addBusinessDays(LocalDate start, int businessDays) {
        LocalDate day = start;
        for (int added = 0; added < businessDays;) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                added++;
            }
        }
        return day;
    }

    static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
