package com.example.fulfillment.shipping.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.StockAllocated;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.shipping.domain.ShipmentItem;
import com.example.fulfillment.shipping.domain.ShipmentService;

/** Step 3: keeps the allocated items with the facts packing needs. */
@ApplicationScoped
public class StockAllocatedHandler implements EventHandler<StockAllocated> {

    private final ShipmentService shipments;

    StockAllocatedHandler(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @Override
    public void handle(StockAllocated event, EventContext context) {
        List<AllocatedItem> allocated = event.items() == null ? List.of() : event.items();
        shipments.allocate(event.orderId(), allocated.stream()
                .map(item -> new ShipmentItem(item.sku(), item.name(), item.category(), item.quantity(),
                        item.weightGrams(), item.lengthMm(), item.widthMm(), item.heightMm(), item.fragile()))
                .toList());
    }
}
