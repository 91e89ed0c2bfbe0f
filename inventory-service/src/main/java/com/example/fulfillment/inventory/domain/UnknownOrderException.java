package com.example.fulfillment.inventory.domain;

/** An event refers to an order inventory never received: retrying will not make it known. */
public class UnknownOrderException extends RuntimeException {

    public UnknownOrderException(String orderId) {
        super("inventory never received order " + orderId);
    }
}
