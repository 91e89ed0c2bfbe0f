package com.example.fulfillment.notification.domain;

/**
 * The channel itself is away (the SMTP server or the SMS gateway cannot be reached, or says it is overloaded), as
 * opposed to refusing this one message. Such a failure says nothing about the message, so it does not count against
 * the message's attempts: the message waits, however long the outage lasts.
 */
public class ChannelUnavailableException extends RuntimeException {

    public ChannelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
