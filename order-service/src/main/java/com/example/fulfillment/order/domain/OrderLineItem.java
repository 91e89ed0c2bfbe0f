package com.example.fulfillment.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line as the customer ordered it; prices are billing's business, not ours. */
@Embeddable
public class OrderLineItem {

    @Column(nullable = false)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    protected OrderLineItem() {
    }

    OrderLineItem(String sku, int quantity) {
        this.sku = sku;
        this.quantity = quantity;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public OrderLine toLine() {
        return new OrderLine(sku, quantity);
    }
}
