package com.example.fulfillment.order.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.order.domain.OrderDocument;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrderDocumentRepository implements PanacheRepositoryBase<OrderDocument, UUID> {

    public Optional<OrderDocument> findByKind(String orderId, String kind) {
        return find("orderId = ?1 and kind = ?2", orderId, kind).firstResultOptional();
    }

    public List<OrderDocument> collectedFor(String orderId) {
        return list("orderId", Sort.ascending("collectedAt").and("kind"), orderId);
    }

    public List<OrderDocument> filedFor(String orderId) {
        return list("orderId = ?1 and filedAt is not null", Sort.ascending("collectedAt").and("kind"), orderId);
    }
}
