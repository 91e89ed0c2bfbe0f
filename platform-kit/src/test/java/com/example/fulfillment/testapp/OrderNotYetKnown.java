package com.example.fulfillment.testapp;

import com.example.fulfillment.domain.NotFound;

/** A refusal the test consumer names as "not yet possible": its event is retried instead of dead-lettered. */
public class OrderNotYetKnown extends NotFound {

    public OrderNotYetKnown(String message) {
        super(message);
    }
}
