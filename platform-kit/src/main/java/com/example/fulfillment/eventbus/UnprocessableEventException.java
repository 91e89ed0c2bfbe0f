package com.example.fulfillment.eventbus;

/**
 * The event can never be processed, however often it is retried (malformed, or it contradicts what this
 * service knows). It goes straight to the dead-letter topic with this message as the reason.
 */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }

    public UnprocessableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
