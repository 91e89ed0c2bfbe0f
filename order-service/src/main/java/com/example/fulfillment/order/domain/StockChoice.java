package com.example.fulfillment.order.domain;

/** What the customer does about an order that waits for stock. */
public enum StockChoice {
    /** Keep the order as it is; inventory verifies it again by itself once the stock arrives. */
    WAIT,
    /** Take one of the offered alternatives for short lines; availability is verified again. */
    ALTERNATIVE,
    /** Give up the order. */
    CANCEL
}
