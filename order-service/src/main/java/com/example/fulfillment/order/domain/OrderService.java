package com.example.fulfillment.order.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderDocumentsFiled;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.order.persistence.OrderRepository;
import com.example.fulfillment.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** What the customer does with an order: place it, read it, cancel it, confirm its delivery. */
@ApplicationScoped
public class OrderService {

    public static final String CANCELLED_BY_CUSTOMER = "customer";

    private final OrderRepository orders;
    private final Dossier dossier;
    private final SagaEvents events;
    private final Clock clock;
    private final ObjectMapper mapper;

    OrderService(OrderRepository orders, Dossier dossier, SagaEvents events, Clock clock, ObjectMapper mapper) {
        this.orders = orders;
        this.dossier = dossier;
        this.events = events;
        this.clock = clock;
        this.mapper = mapper;
    }

    public record Placement(Order order, boolean created) {
    }

    /**
     * Stores the order, or with a known idempotency key answers the order first placed with it: a retried
     * request must not order twice, but a key reused for another order is the client's mistake.
     */
    @Transactional
    public Placement place(NewOrder request, String idempotencyKey) {
        NewOrder checked = OrderRules.check(request);
        String fingerprint = fingerprint(checked);
        if (idempotencyKey != null) {
            var earlier = orders.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().matchesRequest(fingerprint)) {
                    throw new ProblemException(422, "Unprocessable Content",
                            "Idempotency-Key " + idempotencyKey + " was already used for a different order");
                }
                return new Placement(earlier.get(), false);
            }
        }
        Order order = Order.receive(checked, idempotencyKey, fingerprint, clock.instant(), events);
        orders.persist(order);
        return new Placement(order, true);
    }

    public Order get(String orderId) {
        return orders.findByIdOptional(orderId).orElseThrow(() -> ProblemException.notFound("order", orderId));
    }

    public PanacheQuery<Order> search(OrderStatus status, String customerEmail, int page, int size) {
        return orders.search(status, customerEmail, page, size);
    }

    @Transactional
    public Order cancel(String orderId, String reason) {
        Order order = get(orderId);
        if (!OrderTransitions.cancellable(order.getStatus())) {
            throw ProblemException.conflict("order " + orderId + " is " + order.getStatus()
                    + ": only an order that has not shipped can be cancelled");
        }
        order.cancel(reason, CANCELLED_BY_CUSTOMER, clock.instant(), events);
        return order;
    }

    /**
     * A good delivery completes the order and files its dossier in the same transaction; any other condition
     * is recorded for the ops team and the order stays open.
     *
     * @return true if the order completed
     */
    @Transactional
    public boolean confirmDelivery(String orderId, DeliveryCondition condition, String comment) {
        Order order = get(orderId);
        if (order.getStatus() != OrderStatus.SHIPPED && order.getStatus() != OrderStatus.DELIVERED) {
            throw ProblemException.conflict("order " + orderId + " is " + order.getStatus()
                    + ": delivery can only be confirmed once it is shipped");
        }
        Instant now = clock.instant();
        String detail = condition + (comment == null || comment.isBlank() ? "" : ": " + comment);
        if (condition != DeliveryCondition.GOOD) {
            order.record(now, "delivery issue reported", "customer", detail, null);
            return false;
        }
        events.publish(new DeliveryConfirmed(orderId, ConfirmedBy.CUSTOMER, condition.name(), now));
        order.moveTo(OrderStatus.COMPLETED, "delivery confirmed by customer", "customer", detail, now, events);
        events.publish(new OrderCompleted(orderId, now));
        List<String> filed = dossier.file(order, now).stream().map(OrderDocument::getKind).toList();
        order.record(now, "order documents filed", "order-service", String.join(", ", filed), null);
        events.publish(new OrderDocumentsFiled(orderId, filed, now));
        return true;
    }

    public List<OrderDocument> documents(String orderId) {
        get(orderId);
        return dossier.filed(orderId);
    }

    private String fingerprint(NewOrder request) {
        try {
            byte[] canonical = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the order request", e);
        }
    }
}
