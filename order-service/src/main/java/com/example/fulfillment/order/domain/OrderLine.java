package com.example.fulfillment.order.domain;

/** One line of the order as the customer asked for it: which product and how many. */
public record OrderLine(String sku, int quantity) {
}
