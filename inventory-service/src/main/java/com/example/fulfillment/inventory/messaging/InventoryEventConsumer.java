package com.example.fulfillment.inventory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventConsumer;
import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventSubscriptions;
import com.example.fulfillment.events.OrderAmended;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.ShipmentReturned;
import com.example.fulfillment.events.Shipped;
import com.example.fulfillment.inventory.domain.AllocationService;
import com.example.fulfillment.inventory.domain.ShipmentReturnService;
import com.example.fulfillment.inventory.domain.StockCheckService;

/**
 * The saga events inventory reacts to, each put in inventory's own terms and handed to its domain. Nothing is
 * named "not yet possible": an event about an order inventory never received is dead-lettered at once (ops retry
 * it once the order is in), as are lines that can never be served.
 */
@ApplicationScoped
public class InventoryEventConsumer implements EventConsumer {

    private final StockCheckService stockChecks;
    private final AllocationService allocations;
    private final ShipmentReturnService returns;

    InventoryEventConsumer(StockCheckService stockChecks, AllocationService allocations,
            ShipmentReturnService returns) {
        this.stockChecks = stockChecks;
        this.allocations = allocations;
        this.returns = returns;
    }

    @Override
    public void subscribe(EventSubscriptions subscriptions) {
        subscriptions.on(OrderReceived.class, this::orderReceived)
                .on(OrderAmended.class, this::orderAmended)
                .on(OrderVerificationApproved.class, this::orderVerificationApproved)
                .on(OrderCancelled.class, this::orderCancelled)
                .on(Shipped.class, this::shipped)
                .on(ReshipmentRequested.class, this::reshipmentRequested)
                .on(ShipmentReturned.class, this::shipmentReturned);
    }

    /** Step 2: can the stock serve the new order right now? */
    void orderReceived(OrderReceived event, EventContext context) {
        stockChecks.check(event.orderId(), InventoryWire.requiredLines(event.orderId(), event.lines()));
    }

    /** The customer replaced the lines of an order waiting for stock. */
    void orderAmended(OrderAmended event, EventContext context) {
        stockChecks.amend(event.orderId(), InventoryWire.requiredLines(event.orderId(), event.lines()),
                event.reason());
    }

    /** Step 3: without lines in the approval, the lines inventory received with the order are allocated. */
    void orderVerificationApproved(OrderVerificationApproved event, EventContext context) {
        allocations.allocate(event.orderId(), InventoryWire.optionalLines(event.orderId(), event.lines()));
    }

    /** The way out: what is held for the order goes back to stock. */
    void orderCancelled(OrderCancelled event, EventContext context) {
        String reason = event.reason() == null || event.reason().isBlank() ? "order cancelled" : event.reason();
        allocations.release(event.orderId(), reason);
    }

    /** Step 9: the held units left the warehouse in this package. */
    void shipped(Shipped event, EventContext context) {
        allocations.ship(event.orderId(), event.trackingNumber());
    }

    /** Without lines, the order's own lines are sent again. */
    void reshipmentRequested(ReshipmentRequested event, EventContext context) {
        allocations.reship(event.orderId(), InventoryWire.optionalLines(event.orderId(), event.lines()),
                event.reason());
    }

    /** Without items, what left in the package is what came back. */
    void shipmentReturned(ShipmentReturned event, EventContext context) {
        returns.takeBack(event.orderId(), event.trackingNumber(),
                InventoryWire.optionalLines(event.orderId(), event.items()));
    }
}
