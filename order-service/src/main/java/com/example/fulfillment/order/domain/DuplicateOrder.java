package com.example.fulfillment.order.domain;

import com.example.fulfillment.domain.Conflict;

/** Another request stored an order with the same Idempotency-Key while this one was being placed. */
public class DuplicateOrder extends Conflict {

    public DuplicateOrder(String idempotencyKey, Throwable cause) {
        super("an order with Idempotency-Key " + idempotencyKey + " was placed meanwhile", cause);
    }
}
