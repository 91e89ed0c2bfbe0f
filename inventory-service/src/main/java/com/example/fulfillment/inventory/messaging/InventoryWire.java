package com.example.fulfillment.inventory.messaging;

import java.util.List;

import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.model.AllocatedItem;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.StockShortage;
import com.example.fulfillment.inventory.domain.AllocatedLine;
import com.example.fulfillment.inventory.domain.RequestedLine;
import com.example.fulfillment.inventory.domain.Shortage;

/**
 * Between inventory's values and the wire contracts' shapes. Incoming lines are checked here, once: a line without
 * a sku or a quantity will never become good, so its event is dead-lettered at once instead of retried.
 */
final class InventoryWire {

    private InventoryWire() {
    }

    /** An order, and an amendment of it, asks for at least one line. */
    static List<RequestedLine> requiredLines(String orderId, List<OrderLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new UnprocessableEventException("order " + orderId + " has no lines");
        }
        return optionalLines(orderId, lines);
    }

    /** None at all is fine here: the domain then takes the lines it keeps for the order. */
    static List<RequestedLine> optionalLines(String orderId, List<OrderLine> lines) {
        if (lines == null) {
            return List.of();
        }
        for (OrderLine line : lines) {
            if (line == null || line.sku() == null || line.sku().isBlank() || line.quantity() <= 0) {
                throw new UnprocessableEventException("order " + orderId + " has an invalid line: " + line);
            }
        }
        return lines.stream().map(line -> new RequestedLine(line.sku(), line.quantity())).toList();
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
