package com.example.fulfillment.shipping.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RateRulesTest {

    private final RateRules rules = new RateRules(3, Set.of("LocalCourier"));

    private static CarrierOffer offer(String carrier, String service, String price, Integer days) {
        return new CarrierOffer("rate_" + service, "shp_1", carrier, service, new BigDecimal(price), "USD",
                days == null ? OptionalInt.empty() : OptionalInt.of(days));
    }

    private static final List<CarrierOffer> OFFERS = List.of(
            offer("USPS", "GroundAdvantage", "6.20", 3),
            offer("USPS", "Priority", "9.75", 2),
            offer("UPS", "Ground", "5.90", 5),
            offer("UPS", "NextDayAir", "35.30", 1),
            offer("USPS", "Express", "28.10", 1),
            offer("DHLExpress", "ExpressWorldwide", "41.00", 1),
            offer("LocalCourier", "SameDay", "12.40", 0),
            offer("USPS", "Media", "4.10", null));

    private RateChoice choose(ShippingMethod method, List<CarrierOffer> offers) {
        return rules.choose(new CarrierQuote("shp_1", offers, List.of()), method);
    }

    @Test
    void standardTakesTheCheapestWithinThePromisedDays() {
        RateChoice choice = choose(ShippingMethod.STANDARD, OFFERS);
        // UPS Ground is cheaper but takes 5 days; the undated offer cannot promise anything
        assertEquals("GroundAdvantage", choice.offer().service());
        assertEquals("cheapest of 6 rates within 3 days: USPS GroundAdvantage 6.20 USD, 3 days", choice.reason());
    }

    @Test
    void expressTakesTheFastestAndTheCheapestOfEquallyFast() {
        RateChoice choice = choose(ShippingMethod.EXPRESS, OFFERS);
        assertEquals("LocalCourier", choice.offer().carrier());
        RateChoice withoutCourier = choose(ShippingMethod.EXPRESS,
                OFFERS.stream().filter(offer -> !offer.carrier().equals("LocalCourier")).toList());
        assertEquals("USPS Express", withoutCourier.offer().carrier() + " " + withoutCourier.offer().service());
        assertEquals("fastest of 6 rates: USPS Express 28.10 USD, 1 day", withoutCourier.reason());
    }

    @Test
    void sameDayTakesOnlyACourier() {
        RateChoice choice = choose(ShippingMethod.SAME_DAY, OFFERS);
        assertEquals("cheapest same-day courier of 1 rate: LocalCourier SameDay 12.40 USD, 0 days", choice.reason());
        // carriers are matched without case
        RateRules lowerCase = new RateRules(3, Set.of("localcourier"));
        assertEquals("LocalCourier", lowerCase.choose(new CarrierQuote("shp_1", OFFERS, List.of()),
                ShippingMethod.SAME_DAY).offer().carrier());
    }

    @Test
    void refusesWhenNoOfferMeetsTheRule() {
        NoSuitableRate none = assertThrows(NoSuitableRate.class, () -> choose(ShippingMethod.SAME_DAY,
                OFFERS.stream().filter(offer -> !offer.carrier().equals("LocalCourier")).toList()));
        assertTrue(none.getMessage().contains("none of 7 rates is a same-day courier"), none.getMessage());
        NoSuitableRate slow = assertThrows(NoSuitableRate.class, () -> choose(ShippingMethod.STANDARD,
                List.of(offer("UPS", "Ground", "5.90", 5))));
        assertTrue(slow.getMessage().contains("none of 1 rate arrives within 3 days"), slow.getMessage());
        NoSuitableRate noOffers = assertThrows(NoSuitableRate.class, () -> rules.choose(new CarrierQuote("shp_2",
                List.of(), List.of("UPS: Parcel weight of 151 lb exceeds the carrier's limit of 150 lb")),
                ShippingMethod.EXPRESS));
        assertTrue(noOffers.getMessage().contains("no carrier offered a rate for shipment shp_2: UPS: Parcel weight"),
                noOffers.getMessage());
    }

    @Test
    void equalOffersAlwaysGiveTheSameChoice() {
        List<CarrierOffer> tied = List.of(offer("UPS", "Ground", "6.20", 3), offer("USPS", "GroundAdvantage", "6.20", 3));
        assertEquals("UPS", choose(ShippingMethod.STANDARD, tied).offer().carrier());
        assertEquals("UPS", choose(ShippingMethod.STANDARD, List.of(tied.get(1), tied.get(0))).offer().carrier());
    }
}
