package com.example.fulfillment.shipping.domain;

import java.util.List;

/**
 * The platform's shipment for a parcel and every offer made for it. notes are the carriers' own words about why
 * they made none (e.g. a weight above their limit), kept for the reason a refusal gives.
 */
public record CarrierQuote(String platformShipmentId, List<CarrierOffer> offers, List<String> notes) {

    public CarrierQuote {
        offers = List.copyOf(offers);
        notes = List.copyOf(notes);
    }
}
