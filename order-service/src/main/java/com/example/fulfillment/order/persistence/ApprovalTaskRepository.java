package com.example.fulfillment.order.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.domain.ResultPage;
import com.example.fulfillment.order.domain.ApprovalGate;
import com.example.fulfillment.order.domain.ApprovalStatus;
import com.example.fulfillment.order.domain.ApprovalTask;
import com.example.fulfillment.persistence.Existence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ApprovalTaskRepository implements PanacheRepositoryBase<ApprovalTask, UUID> {

    /** Oldest first: the ops team works the queue in the order tasks arrived. */
    public List<ApprovalTask> search(ApprovalStatus status, ApprovalGate gate, String orderId) {
        return query(status, gate, orderId).list();
    }

    /** As {@link #search}, one page of it. */
    public ResultPage<ApprovalTask> search(ApprovalStatus status, ApprovalGate gate, String orderId, int page,
            int size) {
        PanacheQuery<ApprovalTask> query = query(status, gate, orderId).page(Page.of(page, size));
        return new ResultPage<>(query.list(), page, size, query.count());
    }

    private PanacheQuery<ApprovalTask> query(ApprovalStatus status, ApprovalGate gate, String orderId) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (gate != null) {
            where.append(" and gate = :gate");
            params.put("gate", gate);
        }
        if (orderId != null && !orderId.isBlank()) {
            where.append(" and orderId = :orderId");
            params.put("orderId", orderId);
        }
        return find(where.toString(), Sort.ascending("createdAt").and("id"), params);
    }

    public Optional<ApprovalTask> findPending(String orderId, ApprovalGate gate) {
        return find("orderId = ?1 and gate = ?2 and status = ?3", orderId, gate, ApprovalStatus.PENDING)
                .firstResultOptional();
    }

    public Optional<ApprovalTask> findBySubject(String orderId, ApprovalGate gate, String subjectKey) {
        return find("orderId = ?1 and gate = ?2 and subjectKey = ?3", orderId, gate, subjectKey)
                .firstResultOptional();
    }

    public boolean anyFor(String orderId, ApprovalGate gate) {
        return Existence.anyMatch(getEntityManager(), ApprovalTask.class, "orderId = ?1 and gate = ?2", orderId, gate);
    }
}
