package com.example.fulfillment.order.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.order.domain.Order;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, String> {

    public Optional<Order> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** Newest first; status and customer e-mail are optional filters. */
    public PanacheQuery<Order> search(OrderStatus status, String customerEmail, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (customerEmail != null && !customerEmail.isBlank()) {
            // e-mail addresses are compared case-insensitively, as mail servers treat them in practice
            where.append(" and lower(customerEmail) = lower(:email)");
            params.put("email", customerEmail);
        }
        return find(where.toString(), Sort.descending("createdAt").and("id"), params).page(Page.of(page, size));
    }
}
