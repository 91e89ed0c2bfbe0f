package com.example.fulfillment.shipping.domain;

import com.example.fulfillment.domain.NotPossible;

/**
 * The platform understood and said no, and will say no again: a label bought twice, a refund after the carrier
 * scanned the parcel, a shipment already on a manifest, a key it does not accept.
 */
public class CarrierPlatformRefused extends NotPossible {

    public CarrierPlatformRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
