package com.example.fulfillment.order.persistence;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.example.fulfillment.domain.ResultPage;
import com.example.fulfillment.order.domain.DuplicateOrder;
import com.example.fulfillment.order.domain.Order;
import com.example.fulfillment.order.domain.OrderStatus;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, String> {

    private static final String IN_SAGA_STEPS = """
            select count(*) from orders o
            where o.status in ('RECEIVED', 'AVAILABILITY_VERIFIED', 'VERIFIED', 'ALLOCATED', 'INVOICED',
                               'READY_FOR_SHIPMENT', 'SHIPMENT_APPROVED')
              and not exists (select 1 from approval_task t where t.order_id = o.id and t.status = 'PENDING')""";

    /** PostgreSQL's SQLSTATE for a unique constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * The order, locked until this transaction ends. Every change to an order, a person's request or another
     * service's event, reads it this way, so that changes to one order queue behind each other and each one starts
     * from what the previous one committed, instead of colliding on the timeline and the version.
     */
    public Optional<Order> findByIdForChange(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Orders in the saga's automatic steps: received up to approved for shipment, without a pending approval (those
     * wait for a person, not for the saga). The status index answers it without reading the order rows.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long countInSagaSteps() {
        return ((Number) getEntityManager().createNativeQuery(IN_SAGA_STEPS).getSingleResult()).longValue();
    }

    /** As {@link #countInSagaSteps}, without the orders in the waiting room: those the saga works on now. */
    public long countAnnouncedInSagaSteps() {
        return ((Number) getEntityManager().createNativeQuery(IN_SAGA_STEPS
                + " and not exists (select 1 from saga_waiting_room w where w.order_id = o.id)").getSingleResult())
                .longValue();
    }

    public Optional<Order> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /**
     * Inserts a new order at once rather than at commit: the unique idempotency key is checked here, where the
     * caller can still tell a racing twin (a {@link DuplicateOrder}) from any other failure.
     */
    public void storeNew(Order order, String idempotencyKey) {
        try {
            persist(order);
            flush();
        } catch (RuntimeException e) {
            if (idempotencyKey != null && isUniqueViolation(e)) {
                throw new DuplicateOrder(idempotencyKey, e);
            }
            throw e;
        }
    }

    /**
     * The customer's e-mail address alone, without loading the order: a check made before a change must not put a
     * copy of the order in the persistence context ahead of the change's own locked read.
     */
    public Optional<String> customerEmailOf(String id) {
        return getEntityManager().createQuery("select o.checkout.customer.email from Order o where o.id = :id",
                String.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Newest first; status and customer e-mail are optional filters. */
    public ResultPage<Order> search(OrderStatus status, String customerEmail, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (customerEmail != null && !customerEmail.isBlank()) {
            // e-mail addresses are compared case-insensitively, as mail servers treat them in practice
            where.append(" and lower(checkout.customer.email) = lower(:email)");
            params.put("email", customerEmail);
        }
        PanacheQuery<Order> query = find(where.toString(), Sort.descending("createdAt").and("id"), params)
                .page(Page.of(page, size));
        return new ResultPage<>(query.list(), page, size, query.count());
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
