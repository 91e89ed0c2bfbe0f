package com.example.fulfillment.shipping.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

/**
 * One carrier's price for one service, valid for the platform shipment it was quoted for. deliveryDays is empty
 * when the carrier does not say: such an offer can meet no rule that is about days.
 */
public record CarrierOffer(String offerId, String platformShipmentId, String carrier, String service,
        BigDecimal price, String currency, OptionalInt deliveryDays) {

    /** "USPS GroundAdvantage 6.20 USD, 3 days": how a reason names the offer. */
    public String describe() {
        String days = deliveryDays.isEmpty() ? "delivery days unknown"
                : deliveryDays.getAsInt() + (deliveryDays.getAsInt() == 1 ? " day" : " days");
        return carrier + " " + service + " " + price.setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
                + currency + ", " + days;
    }
}
