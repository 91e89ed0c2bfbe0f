package com.example.fulfillment.shipping.domain;

import java.util.List;
import java.util.Set;

/**
 * The carrier platform shipping buys its labels, pickups and manifests from, in shipping's words. One platform
 * stands for many carriers: it rates a parcel with all of them, and the rules of {@link RateRules} pick one offer.
 * <p>
 * Every operation may refuse with {@link InvalidShippingAddress} (the platform cannot deliver to the address),
 * {@link NoSuitableRate} (no offer meets the method's rule), {@link CarrierPlatformRefused} (the platform will not
 * do this to this shipment, e.g. a refund once the parcel moved) or {@link CarrierPlatformUnavailable} (not
 * reachable, too slow or failing itself: the same call later is expected to pass).
 */
public interface CarrierPlatform {

    /** Registers the parcel with the platform and returns every carrier's offer for it. */
    CarrierQuote quote(ParcelToShip parcel);

    /** Picks the offer the method's rule wants, and says why; refuses with {@link NoSuitableRate}. */
    RateChoice choose(CarrierQuote quote, ShippingMethod method);

    /**
     * Buys the label of the chosen offer: the carrier's tracking code, the label as a PDF, and also as ZPL (for a
     * thermal printer) when asked, and the platform's tracker of the parcel.
     */
    BoughtLabel buy(CarrierOffer offer, Set<LabelFormat> formats);

    /** Books the carrier to collect a bought parcel within the window and pays for it. */
    PickupBooking bookPickup(PickupRequest request);

    /** One manifest (scan form) for the parcels handed over together, e.g. a day's, by their platform ids. */
    Manifest manifest(List<String> platformShipmentIds);

    /** Asks for the money of a label that will not be used; allowed only until the carrier has scanned it. */
    LabelRefund refund(String platformShipmentId);
}
