package com.example.fulfillment.inventory.domain;

import com.example.fulfillment.domain.NotFound;

/** An event refers to an order inventory never received: retrying will not make it known. */
public class UnknownOrderException extends NotFound {

    public UnknownOrderException(String orderId) {
        super("inventory never received order " + orderId);
    }
}
