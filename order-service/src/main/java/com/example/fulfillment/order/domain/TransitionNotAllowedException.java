package com.example.fulfillment.order.domain;

/** A status change the order's life cycle does not allow, e.g. SHIPPED before the shipment was approved. */
public class TransitionNotAllowedException extends RuntimeException {

    public TransitionNotAllowedException(String orderId, OrderStatus from, OrderStatus to) {
        super("order " + orderId + " cannot move from " + from + " to " + to);
    }
}
