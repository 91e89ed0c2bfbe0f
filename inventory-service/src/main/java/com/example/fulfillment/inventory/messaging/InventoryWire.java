package com.example.fulfillment.inventory.messaging;

import java.util.List;

import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.inventory.domain.AllocatedLine;
import com.example.fulfillment.inventory.domain.RequestedLine;
import com.example.fulfillment.inventory.domain.Shortage;

/** Inventory's values in the wire contracts' shapes, and back. */
final class InventoryWire {

    private InventoryWire() {
    }

    static List<OrderLine> orderLines(List<RequestedLine> lines) {
        return lines.stream().map(line -> new OrderLine(line.sku(), line.quantity())).toList();
    }

    static List<StockShortage> stockShortages(List<Shortage> shortages) {
        return shortages.stream().map(shortage -> new StockShortage(shortage.sku(), shortage.requested(),
                shortage.available(), shortage.expectedRestockDate(), shortage.alternativeSkus())).toList();
    }

    static List<AllocatedItem> allocatedItems(List<AllocatedLine> lines) {
        return lines.stream().map(line -> new AllocatedItem(line.sku(), line.name(), line.category(), line.quantity(),
                line.weightGrams(), line.lengthMm(), line.widthMm(), line.heightMm(), line.fragile())).toList();
    }
}
