package com.example.fulfillment.shipping.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which offer each shipping method buys. STANDARD: the cheapest that arrives within the promised days, since the
 * customer paid for "in time", not "fast". EXPRESS: the fastest, cheapest among equally fast, since the customer
 * paid for speed. SAME_DAY: the cheapest of the couriers that deliver today, as only they can keep that promise.
 * Ties are broken by carrier and service name so that the same offers always give the same choice.
 */
public record RateRules(int standardWithinDays, Set<String> sameDayCarriers) {

    private static final Comparator<CarrierOffer> CHEAPEST = Comparator.comparing(CarrierOffer::price)
            .thenComparing(CarrierOffer::carrier).thenComparing(CarrierOffer::service);
    private static final Comparator<CarrierOffer> FASTEST = Comparator
            .comparingInt((CarrierOffer offer) -> offer.deliveryDays().getAsInt()).thenComparing(CHEAPEST);

    public RateRules {
        if (standardWithinDays < 0) {
            throw new IllegalArgumentException("standard delivery days must not be negative: " + standardWithinDays);
        }
        // carriers are compared without case: platforms spell them differently (LocalCourier, localcourier)
        sameDayCarriers = sameDayCarriers.stream().map(carrier -> carrier.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public RateChoice choose(CarrierQuote quote, ShippingMethod method) {
        List<CarrierOffer> offers = quote.offers();
        if (offers.isEmpty()) {
            throw new NoSuitableRate("no carrier offered a rate for shipment " + quote.platformShipmentId()
                    + (quote.notes().isEmpty() ? "" : ": " + String.join("; ", quote.notes())));
        }
        return switch (method) {
            case STANDARD -> standard(quote);
            case EXPRESS -> express(quote);
            case SAME_DAY -> sameDay(quote);
        };
    }

    private RateChoice standard(CarrierQuote quote) {
        List<CarrierOffer> inTime = quote.offers().stream().filter(offer -> offer.deliveryDays().isPresent()
                && offer.deliveryDays().getAsInt() <= standardWithinDays).toList();
        CarrierOffer cheapest = inTime.stream().min(CHEAPEST).orElseThrow(() -> new NoSuitableRate(
                "none of " + count(quote.offers()) + " arrives within " + days(standardWithinDays) + " for shipment "
                        + quote.platformShipmentId()));
        return new RateChoice(cheapest, "cheapest of " + count(inTime) + " within " + days(standardWithinDays)
                + ": " + cheapest.describe());
    }

    private RateChoice express(CarrierQuote quote) {
        List<CarrierOffer> dated = quote.offers().stream().filter(offer -> offer.deliveryDays().isPresent())
                .toList();
        CarrierOffer fastest = dated.stream().min(FASTEST).orElseThrow(() -> new NoSuitableRate(
                "none of " + count(quote.offers()) + " says when it arrives, for shipment "
                        + quote.platformShipmentId()));
        return new RateChoice(fastest, "fastest of " + count(dated) + ": " + fastest.describe());
    }

    private RateChoice sameDay(CarrierQuote quote) {
        List<CarrierOffer> couriers = quote.offers().stream()
                .filter(offer -> sameDayCarriers.contains(offer.carrier().toLowerCase(Locale.ROOT))
                        && offer.deliveryDays().orElse(0) == 0)
                .toList();
        CarrierOffer cheapest = couriers.stream().min(CHEAPEST).orElseThrow(() -> new NoSuitableRate(
                "none of " + count(quote.offers()) + " is a same-day courier (" + String.join(", ", sameDayCarriers)
                        + ") for shipment " + quote.platformShipmentId()));
        return new RateChoice(cheapest, "cheapest same-day courier of " + count(couriers) + ": "
                + cheapest.describe());
    }

    private static String count(List<CarrierOffer> offers) {
        return offers.size() + (offers.size() == 1 ? " rate" : " rates");
    }

    private static String days(int days) {
        return days + (days == 1 ? " day" : " days");
    }
}
