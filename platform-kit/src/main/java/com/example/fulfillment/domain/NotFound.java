package com.example.fulfillment.domain;

/** The thing a command or a fact is about does not exist here. */
public non-sealed class NotFound extends DomainRefusal {

    public NotFound(String what, String id) {
        super(what + " " + id + " does not exist");
    }

    /** For a domain's own wording, e.g. "shipping never received order 42". */
    public NotFound(String message) {
        super(message);
    }
}
