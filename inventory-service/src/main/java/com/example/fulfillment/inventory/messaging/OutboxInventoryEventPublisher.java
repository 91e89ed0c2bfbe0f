package com.example.fulfillment.inventory.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.StockReleased;
import com.example.fulfillment.events.StockUnavailable;
import com.example.fulfillment.events.StockVerified;
import com.example.fulfillment.inventory.domain.AllocatedLine;
import com.example.fulfillment.inventory.domain.InventoryEventPublisher;
import com.example.fulfillment.inventory.domain.Shortage;
import com.example.fulfillment.inventory.domain.StockRequest;

/** Inventory's facts as saga events, written to the outbox in the transaction of the change behind them. */
@ApplicationScoped
public class OutboxInventoryEventPublisher implements InventoryEventPublisher {

    private final EventPublisher events;

    OutboxInventoryEventPublisher(EventPublisher events) {
        this.events = events;
    }

    @Override
    public void stockVerified(StockRequest request) {
        events.publish(new StockVerified(request.getOrderId(), InventoryWire.orderLines(request.getLines())));
    }

    @Override
    public void stockUnavailable(String orderId, List<Shortage> shortages) {
        events.publish(new StockUnavailable(orderId, InventoryWire.stockShortages(shortages)));
    }

    @Override
    public void stockAllocated(String orderId, List<AllocatedLine> lines) {
        events.publish(new StockAllocated(orderId, InventoryWire.allocatedItems(lines)));
    }

    @Override
    public void stockReleased(String orderId, String reason) {
        events.publish(new StockReleased(orderId, reason));
    }
}
