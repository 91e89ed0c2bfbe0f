package com.example.fulfillment.shipping.domain;

/** A refund is decided by the carrier later: SUBMITTED until then, REFUNDED or REJECTED once it said. */
public record LabelRefund(String platformShipmentId, State state) {

    public enum State {
        SUBMITTED, REFUNDED, REJECTED
    }
}
