package com.example.fulfillment.inventory.messaging;

import java.util.List;

import com.example.fulfillment.eventbus.UnprocessableEventException;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.inventory.domain.RequestedLine;

/** Order lines as they arrive in events, checked once at the border: bad lines will never become good. */
final class OrderLines {

    private OrderLines() {
    }

    static List<RequestedLine> required(String orderId, List<OrderLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new UnprocessableEventException("order " + orderId + " has no lines");
        }
        return optional(orderId, lines);
    }

    static List<RequestedLine> optional(String orderId, List<OrderLine> lines) {
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
}
