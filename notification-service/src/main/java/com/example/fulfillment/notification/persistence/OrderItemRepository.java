package com.example.fulfillment.notification.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.notification.domain.OrderItem;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrderItemRepository implements PanacheRepositoryBase<OrderItem, UUID> {

    public List<OrderItem> listOf(String orderId) {
        return list("orderId", Sort.ascending("sku"), orderId);
    }

    public void deleteOf(String orderId) {
        delete("orderId", orderId);
    }
}
