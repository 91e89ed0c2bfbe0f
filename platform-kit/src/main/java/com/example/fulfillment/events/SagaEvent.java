package com.example.fulfillment.events;

/**
 * A fact of the fulfillment saga. Every event is about one order: its id is the Kafka key and the
 * CloudEvents subject, so all of an order's events land in one partition, in the order they happened.
 */
public interface SagaEvent {
    String orderId();
}
