package com.example.fulfillment.inventory.domain;

import java.util.List;

/**
 * What inventory tells the other services, in its own words. Each fact is published in the caller's
 * transaction, so it goes out if and only if the change behind it commits.
 */
public interface InventoryEventPublisher {

    /** Every line the order now asks for can be served right now; nothing is reserved yet. */
    void stockVerified(StockRequest request);

    /** Some lines of the order cannot be served, each with what the customer may take instead. */
    void stockUnavailable(String orderId, List<Shortage> shortages);

    /** The lines are reserved for this order alone. */
    void stockAllocated(String orderId, List<AllocatedLine> lines);

    /** The units held for the order went back to stock. */
    void stockReleased(String orderId, String reason);
}
