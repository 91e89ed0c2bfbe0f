package com.example.fulfillment.domain;

/**
 * The shared kernel's one idea: a service's domain refuses a command or a fact, for a reason it names in its own
 * words. The domain only says which kind of refusal it is; the edges decide what that means for their callers
 * (the HTTP edge answers problem+json, the event bus dead-letters an event that can never pass).
 */
public abstract sealed class DomainRefusal extends RuntimeException permits NotFound, Conflict, InvalidInput, NotPossible,
        Busy {

    protected DomainRefusal(String message) {
        super(message);
    }

    protected DomainRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
