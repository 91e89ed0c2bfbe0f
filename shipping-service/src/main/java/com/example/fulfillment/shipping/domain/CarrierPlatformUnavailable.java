package com.example.fulfillment.shipping.domain;

import java.time.Duration;

import com.example.fulfillment.domain.Busy;

/**
 * The platform could not be reached, did not answer in time or failed itself (5xx, 429): nothing was decided,
 * and the same call later is expected to pass. A Busy, so callers hear "not now, come back then". The event bus
 * cannot tell it from its cause (the adapter's client loses the failed connection behind it): a saga reaction
 * calling the platform names it with {@code EventSubscriptions.notYetPossibleWhen}, to be re-driven.
 */
public class CarrierPlatformUnavailable extends Busy {

    public CarrierPlatformUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, retryAfter);
        initCause(cause);
    }
}
