package com.example.fulfillment.order.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a same-day delivery can be honoured: the address lies in the courier's service area and the order comes
 * in before the day's cut-off, in the warehouse's time zone. Promising it otherwise only disappoints the customer.
 */
public final class SameDayDelivery {

    private final LocalTime cutoff;
    private final ZoneId zone;
    private final List<AreaPrefix> serviceArea;

    record AreaPrefix(String country, String postalCodePrefix) {

        static AreaPrefix parse(String entry) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("orders.same-day.service-area entry '" + entry
                        + "' must be country:postal-code-prefix, e.g. DE:10");
            }
            return new AreaPrefix(parts[0].trim().toUpperCase(Locale.ROOT), parts[1].trim());
        }

        boolean covers(Address address) {
            return country.equalsIgnoreCase(address.country()) && address.postalCode() != null
                    && address.postalCode().replace(" ", "").startsWith(postalCodePrefix);
        }

        @Override
        public String toString() {
            return country + ":" + postalCodePrefix;
        }
    }

    public SameDayDelivery(LocalTime cutoff, ZoneId zone, List<String> serviceArea) {
        this.cutoff = cutoff;
        this.zone = zone;
        this.serviceArea = serviceArea.stream().map(AreaPrefix::parse).toList();
    }

    public static SameDayDelivery of(SameDayConfig config) {
        return new SameDayDelivery(config.cutoff(), config.zone(), config.serviceArea());
    }

    /** @return why same-day cannot be promised for this address at this moment, or empty if it can */
    public Optional<String> refusal(Address address, Instant now) {
        if (serviceArea.stream().noneMatch(prefix -> prefix.covers(address))) {
            return Optional.of("SAME_DAY is only delivered to postal codes " + serviceArea
                    + "; choose EXPRESS or STANDARD for " + address.country() + " " + address.postalCode());
        }
        LocalTime localNow = now.atZone(zone).toLocalTime();
        if (!localNow.isBefore(cutoff)) {
            return Optional.of("SAME_DAY orders are taken until " + cutoff + " (" + zone + "), it is " + localNow
                    .withNano(0) + " now; choose EXPRESS or order tomorrow before " + cutoff);
        }
        return Optional.empty();
    }
}
