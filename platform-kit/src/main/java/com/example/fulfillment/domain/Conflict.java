package com.example.fulfillment.domain;

/** The command contradicts the current state (already decided, cancelled, in the wrong status). */
public non-sealed class Conflict extends DomainRefusal {

    public Conflict(String message) {
        super(message);
    }

    public Conflict(String message, Throwable cause) {
        super(message, cause);
    }
}
