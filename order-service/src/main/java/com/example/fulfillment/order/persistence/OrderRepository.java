package com.example.fulfillment.order.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.order.domain.Order;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, String> {

    /**
     * The order, locked until this transaction ends. Every change to an order, a person's request or another
     * service's event, reads it this way, so that changes to one order queue behind each other and each one starts
     * from what the previous one committed, instead of colliding on the timeline and the version.
     */
    public Optional<Order> findByIdForChange(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

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
