package com.example.fulfillment.eventbus.parking;

/**
 * Thrown out of the first reaction's transaction, before it changed anything, when the event's order has a parked
 * event: the event must wait behind it instead (see {@link EventParking}). A signal, not a failure: it is not retried,
 * counted or logged, and carries no stack trace.
 */
public final class HeldBehindParkedEvent extends RuntimeException {

    public HeldBehindParkedEvent() {
        super("the order has a parked event", null, false, false);
    }
}
