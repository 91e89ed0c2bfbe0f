package com.example.fulfillment.billing.domain;

import java.util.List;

/** What inventory reserved for the order, which its invoice is priced from. items may be null or empty. */
public record AllocatedStock(String orderId, List<Item> items) {

    /** One allocated product: name may be null when inventory knows none. */
    public record Item(String sku, String name, int quantity) {
    }
}
