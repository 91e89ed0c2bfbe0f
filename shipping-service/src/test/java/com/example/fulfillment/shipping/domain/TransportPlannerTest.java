package com.example.fulfillment.shipping.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TransportPlannerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final TransportRules RULES = new TransportRules(BERLIN, LocalTime.of(10, 0), LocalTime.of(14, 0),
            LocalTime.of(12, 0), Map.of(
                    ShippingMethod.STANDARD, new TransportRules.MethodRule("dhl", "dhl-paket", 3),
                    ShippingMethod.EXPRESS, new TransportRules.MethodRule("ups", "ups-express-saver", 1),
                    ShippingMethod.SAME_DAY, new TransportRules.MethodRule("courier", "courier-same-day", 0)));

    /** 2026-11-25 is a Wednesday. */
    private static TransportPlanner plannerAt(String localDateTime) {
        Instant now = LocalDate.parse(localDateTime.substring(0, 10))
                .atTime(LocalTime.parse(localDateTime.substring(11))).atZone(BERLIN).toInstant();
        return new TransportPlanner(Clock.fixed(now, ZoneId.of("UTC")), RULES);
    }

    private static Instant berlin(String date, int hour) {
        return ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(hour, 0), BERLIN).toInstant();
    }

    @Test
    void standardIsPickedUpNextBusinessDayAndDeliveredThreeBusinessDaysLater() {
        TransportPlan plan = plannerAt("2026-11-25T09:00").plan(ShippingMethod.STANDARD);

        assertEquals("dhl", plan.carrier());
        assertEquals("dhl-paket", plan.carrierService());
        assertEquals(berlin("2026-11-26", 10), plan.pickupAt());
        // Thu pickup + 3 business days: Fri, Mon, Tue
        assertEquals(LocalDate.parse("2026-12-01"), plan.expectedDeliveryDate());
    }

    @Test
    void bookingOnFridayIsPickedUpOnMonday() {
        TransportPlan plan = plannerAt("2026-11-27T16:00").plan(ShippingMethod.EXPRESS);

        assertEquals("ups", plan.carrier());
        assertEquals(berlin("2026-11-30", 10), plan.pickupAt());
        assertEquals(LocalDate.parse("2026-12-01"), plan.expectedDeliveryDate());
    }

    @Test
    void bookingOnSaturdayIsPickedUpOnMonday() {
        TransportPlan plan = plannerAt("2026-11-28T08:00").plan(ShippingMethod.STANDARD);

        assertEquals(berlin("2026-11-30", 10), plan.pickupAt());
        assertEquals(LocalDate.parse("2026-12-03"), plan.expectedDeliveryDate());
    }

    @Test
    void deliveryDaysSkipTheWeekend() {
        // Thursday booking, Friday pickup, 3 business days: Mon, Tue, Wed
        TransportPlan plan = plannerAt("2026-11-26T11:00").plan(ShippingMethod.STANDARD);

        assertEquals(LocalDate.parse("2026-12-02"), plan.expectedDeliveryDate());
    }

    @Test
    void sameDayBeforeTheCutOffIsPickedUpTodayAndDeliveredToday() {
        TransportPlan plan = plannerAt("2026-11-25T11:59").plan(ShippingMethod.SAME_DAY);

        assertEquals("courier", plan.carrier());
        assertEquals(berlin("2026-11-25", 14), plan.pickupAt());
        assertEquals(LocalDate.parse("2026-11-25"), plan.expectedDeliveryDate());
    }

    @Test
    void sameDayAtOrAfterTheCutOffGoesTheNextBusinessDay() {
        TransportPlan plan = plannerAt("2026-11-25T12:00").plan(ShippingMethod.SAME_DAY);

        assertEquals(berlin("2026-11-26", 14), plan.pickupAt());
        assertEquals(LocalDate.parse("2026-11-26"), plan.expectedDeliveryDate());
    }

    @Test
    void sameDayOnASundayMorningWaitsForMonday() {
        TransportPlan plan = plannerAt("2026-11-29T09:00").plan(ShippingMethod.SAME_DAY);

        assertEquals(berlin("2026-11-30", 14), plan.pickupAt());
    }

    @Test
    void theCutOffIsReadInTheWarehouseZoneNotUtc() {
        // 11:30 in Berlin is 10:30 UTC; 12:30 Berlin is 11:30 UTC, already past the cut-off
        TransportPlan plan = plannerAt("2026-11-25T12:30").plan(ShippingMethod.SAME_DAY);

        assertEquals(berlin("2026-11-26", 14), plan.pickupAt());
    }
}
