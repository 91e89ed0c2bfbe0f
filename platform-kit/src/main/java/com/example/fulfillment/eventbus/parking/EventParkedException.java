package com.example.fulfillment.eventbus.parking;

/**
 * The event is parked (or stays parked) in this service, for this reason. Thrown to the Kafka channel, whose
 * dead-letter-queue failure strategy writes the record to the service's dead-letter topic with the reason in its
 * headers: the copy ops read. The records behind it go on; those of the same order are parked behind it.
 */
public class EventParkedException extends RuntimeException {

    public EventParkedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
