package com.example.fulfillment.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SameDayDeliveryTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final SameDayDelivery sameDay = new SameDayDelivery(LocalTime.of(14, 0), BERLIN,
            List.of("DE:10", "DE:12", "DE:13", "DE:14"));

    @Test
    void aBerlinAddressBeforeTheCutOffCanBeServed() {
        assertEquals(Optional.empty(), sameDay.refusal(berlin("10117"), clockAt("2026-11-27T12:59:59Z").instant()));
    }

    @Test
    void theCutOffIsLocalTimeInTheZoneAndItselfTooLate() {
        // 14:00 in Berlin is 13:00 UTC in winter and 12:00 UTC in summer
        String winter = sameDay.refusal(berlin("10117"), clockAt("2026-11-27T13:00:00Z").instant()).orElseThrow();
        assertTrue(winter.contains("until 14:00"), winter);
        assertTrue(sameDay.refusal(berlin("10117"), clockAt("2026-07-01T12:00:00Z").instant()).isPresent());
        assertEquals(Optional.empty(), sameDay.refusal(berlin("10117"), clockAt("2026-07-01T11:59:00Z").instant()));
    }

    @Test
    void anAddressOutsideTheServiceAreaIsRefusedAtAnyTime() {
        Instant morning = clockAt("2026-11-27T08:00:00Z").instant();

        String munich = sameDay.refusal(new Address("Ann", "Marienplatz 1", "München", "80331", null, "DE"), morning)
                .orElseThrow();
        assertTrue(munich.contains("DE:10"), munich);
        // the prefix belongs to its country: 10115 in Austria is not Berlin
        assertTrue(sameDay.refusal(new Address("Ann", "Ring 1", "Wien", "1010", null, "AT"), morning).isPresent());
        assertEquals(Optional.empty(), sameDay.refusal(berlin("12 043"), morning));
    }

    @Test
    void aMalformedServiceAreaIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new SameDayDelivery(LocalTime.NOON, BERLIN, List.of("10")));
    }

    private static Address berlin(String postalCode) {
        return new Address("Ann", "Unter den Linden 1", "Berlin", postalCode, null, "DE");
    }

    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
