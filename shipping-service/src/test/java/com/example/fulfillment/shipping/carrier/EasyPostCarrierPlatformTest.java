package com.example.fulfillment.shipping.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLContext;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.easypost.exception.API.HttpError;
import com.example.fulfillment.shipping.PdfText;
import com.example.fulfillment.shipping.domain.Address;
import com.example.fulfillment.shipping.domain.BoughtLabel;
import com.example.fulfillment.shipping.domain.CarrierOffer;
import com.example.fulfillment.shipping.domain.CarrierPlatform;
import com.example.fulfillment.shipping.domain.CarrierPlatformRefused;
import com.example.fulfillment.shipping.domain.CarrierPlatformUnavailable;
import com.example.fulfillment.shipping.domain.CarrierQuote;
import com.example.fulfillment.shipping.domain.InvalidShippingAddress;
import com.example.fulfillment.shipping.domain.LabelFormat;
import com.example.fulfillment.shipping.domain.LabelRefund;
import com.example.fulfillment.shipping.domain.Manifest;
import com.example.fulfillment.shipping.domain.NoSuitableRate;
import com.example.fulfillment.shipping.domain.ParcelToShip;
import com.example.fulfillment.shipping.domain.PickupBooking;
import com.example.fulfillment.shipping.domain.PickupRequest;
import com.example.fulfillment.shipping.domain.RateChoice;
import com.example.fulfillment.shipping.domain.RateRules;
import com.example.fulfillment.shipping.domain.ShippingMethod;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The adapter against the local EasyPost-compatible platform (deploy/infra.sh start), configured and trusted as
 * the test profile says: real calls through EasyPost's client, documents read back.
 */
@QuarkusTest
class EasyPostCarrierPlatformTest {

    private static final Address WAREHOUSE = new Address("Fulfillment Warehouse", "500 E 5th St", "Austin", "78702",
            "TX", "US");

    @Inject
    CarrierPlatform platform;

    private static ParcelToShip parcel(String recipient, String zip, int grams) {
        return new ParcelToShip("order-" + recipient.hashCode(), WAREHOUSE,
                new Address(recipient, "100 Congress Ave", "Austin", zip, "TX", "US"), 350, 250, 150, grams);
    }

    @Test
    void choosesARatePerMethodAndSaysWhy() {
        CarrierQuote quote = platform.quote(parcel("Ada Lovelace", "78701", 2000));
        assertTrue(quote.platformShipmentId().startsWith("shp_"));
        assertTrue(quote.offers().size() >= 5, "offers: " + quote.offers());

        RateChoice standard = platform.choose(quote, ShippingMethod.STANDARD);
        CarrierOffer cheapestInTime = quote.offers().stream().filter(offer -> offer.deliveryDays().getAsInt() <= 3)
                .min(Comparator.comparing(CarrierOffer::price)).orElseThrow();
        assertEquals(cheapestInTime.price(), standard.offer().price());
        assertTrue(standard.reason().startsWith("cheapest of ") && standard.reason().contains(" within 3 days: "
                + standard.offer().describe()), standard.reason());

        RateChoice express = platform.choose(quote, ShippingMethod.EXPRESS);
        int fewestDays = quote.offers().stream().mapToInt(offer -> offer.deliveryDays().getAsInt()).min().orElseThrow();
        assertEquals(fewestDays, express.offer().deliveryDays().getAsInt());
        assertTrue(express.reason().startsWith("fastest of " + quote.offers().size() + " rates: "), express.reason());

        RateChoice sameDay = platform.choose(quote, ShippingMethod.SAME_DAY);
        assertEquals("LocalCourier", sameDay.offer().carrier());
        assertTrue(sameDay.reason().startsWith("cheapest same-day courier of 1 rate: LocalCourier SameDay "),
                sameDay.reason());
    }

    @Test
    void buysTheLabelWithItsTrackingCodeOnThePdfAndTheZpl() throws Exception {
        CarrierQuote quote = platform.quote(parcel("Grace Hopper", "78701", 1200));
        RateChoice choice = platform.choose(quote, ShippingMethod.STANDARD);
        BoughtLabel label = platform.buy(choice.offer(), Set.of(LabelFormat.PDF, LabelFormat.ZPL));

        assertEquals(choice.offer().carrier(), label.carrier());
        assertFalse(label.trackingCode().isBlank());
        assertTrue(label.trackerId().startsWith("trk_"), label.trackerId());
        String text = PdfText.of(label.pdf());
        assertTrue(text.contains(label.trackingCode()) && text.contains("Grace Hopper"), text);
        String zpl = new String(label.zpl().orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(zpl.contains("^FD" + label.trackingCode()), zpl);

        CarrierPlatformRefused twice = assertThrows(CarrierPlatformRefused.class,
                () -> platform.buy(choice.offer(), Set.of(LabelFormat.PDF)));
        assertTrue(twice.getMessage().contains("already purchased"), twice.getMessage());
    }

    @Test
    void booksAPickupAndManifestsTheDaysParcels() throws Exception {
        BoughtLabel first = buyStandard(parcel("Alan Turing", "94105", 900));
        BoughtLabel second = buyStandard(parcel("Katherine Johnson", "10001", 3000));

        PickupBooking pickup = platform.bookPickup(new PickupRequest(first.platformShipmentId(), WAREHOUSE,
                Instant.now().plusSeconds(3600), Instant.now().plusSeconds(7200), "Ring at the loading dock"));
        assertTrue(pickup.pickupId().startsWith("pickup_"), pickup.pickupId());
        assertNotNull(pickup.confirmation());
        assertEquals(first.carrier(), pickup.carrier());

        Manifest manifest = platform.manifest(List.of(first.platformShipmentId(), second.platformShipmentId()));
        assertTrue(manifest.manifestId().startsWith("sf_"));
        assertEquals(List.of(first.trackingCode(), second.trackingCode()), manifest.trackingCodes());
        String text = PdfText.of(manifest.pdf());
        assertTrue(text.contains(first.trackingCode()) && text.contains(second.trackingCode()), text);
        // a parcel is on one manifest only
        assertThrows(CarrierPlatformRefused.class, () -> platform.manifest(List.of(first.platformShipmentId())));
    }

    @Test
    void refundsAnUnusedLabel() {
        BoughtLabel label = buyStandard(parcel("Hedy Lamarr", "60601", 500));
        LabelRefund refund = platform.refund(label.platformShipmentId());
        assertEquals(label.platformShipmentId(), refund.platformShipmentId());
        assertTrue(refund.state() == LabelRefund.State.SUBMITTED || refund.state() == LabelRefund.State.REFUNDED,
                refund.toString());
        // asked again, the platform says it is already being refunded: refused, not a new refund
        assertThrows(CarrierPlatformRefused.class, () -> platform.refund(label.platformShipmentId()));
    }

    @Test
    void anAddressWithoutPostalCodeIsAnInvalidAddress() {
        InvalidShippingAddress invalid = assertThrows(InvalidShippingAddress.class,
                () -> platform.quote(parcel("No Zip", "", 1000)));
        assertTrue(invalid.errors().stream().anyMatch(error -> error.field().equals("to.postalCode")),
                invalid.errors().toString());
    }

    @Test
    void aParcelAbove150PoundsHasNoRate() {
        CarrierQuote quote = platform.quote(parcel("Heavy Load", "78701", 151 * 454));
        assertTrue(quote.offers().isEmpty());
        NoSuitableRate none = assertThrows(NoSuitableRate.class, () -> platform.choose(quote, ShippingMethod.STANDARD));
        assertTrue(none.getMessage().contains("exceeds the carrier's limit"), none.getMessage());
    }

    @Test
    void aPlatformNotListeningIsUnavailable() throws Exception {
        CarrierPlatform closed = new EasyPostCarrierPlatform("https://127.0.0.1:3999", "local-easypost-key",
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(30),
                new RateRules(3, Set.of("LocalCourier")), SSLContext.getDefault());
        CarrierPlatformUnavailable unavailable = assertThrows(CarrierPlatformUnavailable.class,
                () -> closed.quote(parcel("Nobody Home", "78701", 1000)));
        assertEquals(Duration.ofSeconds(30), unavailable.retryAfter());
        assertTrue(unavailable.getCause() instanceof HttpError, String.valueOf(unavailable.getCause()));
        assertTrue(unavailable.getMessage().contains("https://127.0.0.1:3999 not reachable"), unavailable.getMessage());
    }

    private BoughtLabel buyStandard(ParcelToShip parcel) {
        CarrierQuote quote = platform.quote(parcel);
        return platform.buy(platform.choose(quote, ShippingMethod.STANDARD).offer(), Set.of(LabelFormat.PDF));
    }
}
