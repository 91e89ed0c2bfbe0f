package com.example.fulfillment.domain;

/**
 * The command or fact is well formed and the state allows it, but a business rule makes it impossible
 * (a stock allocation without items, an amendment naming a product that does not exist).
 */
public non-sealed class NotPossible extends DomainRefusal {

    public NotPossible(String message) {
        super(message);
    }

    public NotPossible(String message, Throwable cause) {
        super(message, cause);
    }
}
