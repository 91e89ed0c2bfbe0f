package com.example.fulfillment.order.domain;

import java.util.List;

/** Inventory found every line in stock (nothing reserved yet); it is what approval gate A1 decides on. */
public record StockVerification(String orderId, List<OrderLine> lines) {
}
