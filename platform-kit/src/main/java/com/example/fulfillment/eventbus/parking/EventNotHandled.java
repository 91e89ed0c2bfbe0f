package com.example.fulfillment.eventbus.parking;

/**
 * The dispatcher's verdict on an event it could not hand to one of its reactions: which reaction (null when the event
 * as a whole cannot be handled: an unknown type, data that breaks its contract), whether another attempt later can
 * pass (a "not yet possible" refusal, an outage met on a single attempt), and the failure itself as the cause. The
 * message is the failure's, the reason ops read.
 */
public class EventNotHandled extends RuntimeException {

    private final String reaction;
    private final boolean canPassLater;

    public EventNotHandled(String reaction, boolean canPassLater, RuntimeException failure) {
        super(failure.getMessage(), failure);
        this.reaction = reaction;
        this.canPassLater = canPassLater;
    }

    public String reaction() {
        return reaction;
    }

    public boolean canPassLater() {
        return canPassLater;
    }

    /** The failure's own message, for the parked event's cause column (null when it has none). */
    String causeMessage() {
        return getCause() == null ? null : getCause().getMessage();
    }
}
