package com.example.fulfillment.order.api;

import java.time.Instant;
import java.util.List;

import com.example.fulfillment.order.domain.Order;
import com.example.fulfillment.order.domain.OrderStatus;

/** An order in a list: enough to find it, without its timeline. */
public record OrderSummary(String id, OrderStatus status, String customerEmail, int items, Instant createdAt,
        Instant updatedAt) {

    static OrderSummary of(Order order) {
        return new OrderSummary(order.getId(), order.getStatus(), order.getCheckout().getCustomer().email(),
                order.lines().stream().mapToInt(line -> line.quantity()).sum(), order.getCreatedAt(),
                order.getUpdatedAt());
    }
}
