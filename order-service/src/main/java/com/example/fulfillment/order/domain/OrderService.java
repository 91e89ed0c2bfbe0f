package com.example.fulfillment.order.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.InvalidInput;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.domain.NotPossible;
import com.example.fulfillment.domain.ResultPage;
import com.example.fulfillment.order.persistence.ConcurrentChanges;
import com.example.fulfillment.order.persistence.OrderRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the customer does with an order (place it, read it, cancel it, choose about short stock, confirm its
 * delivery), and what ops decide after a failed delivery (reship or refund).
 */
@ApplicationScoped
public class OrderService {

    private final OrderRepository orders;
    private final Dossier dossier;
    private final DossierFiling filing;
    private final OrderEventPublisher events;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final SameDayDelivery sameDay;
    private final IntakeBacklog intake;
    private final SagaAdmission admission;

    OrderService(OrderRepository orders, Dossier dossier, DossierFiling filing, OrderEventPublisher events,
            Clock clock, ObjectMapper mapper, SameDayConfig sameDayConfig, IntakeBacklog intake,
            SagaAdmission admission) {
        this.admission = admission;
        this.filing = filing;
        this.orders = orders;
        this.intake = intake;
        this.sameDay = SameDayDelivery.of(sameDayConfig);
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
     * placedBy: who sent it (the shop's backend), for the timeline.
     */
    public Placement place(NewOrder request, String idempotencyKey, String placedBy) {
        NewOrder checked = OrderRules.check(request);
        if (checked.shippingMethod() == ShippingMethod.SAME_DAY) {
            sameDay.refusal(checked.shippingAddress(), clock.instant()).ifPresent(why -> {
                throw InvalidInput.of("shippingMethod", why);
            });
        }
        String fingerprint = fingerprint(checked);
        try {
            return QuarkusTransaction.requiringNew().call(() -> placeOnce(checked, idempotencyKey, fingerprint, placedBy));
        } catch (DuplicateOrder e) {
            // a request with the same key committed between our look-up and our insert: its order is the answer
            return QuarkusTransaction.requiringNew().call(() -> earlierPlacement(idempotencyKey, fingerprint)
                    .orElseThrow(() -> e));
        }
    }

    private Placement placeOnce(NewOrder checked, String idempotencyKey, String fingerprint, String placedBy) {
        if (idempotencyKey != null) {
            Optional<Placement> earlier = earlierPlacement(idempotencyKey, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get(); // a retry of an order already taken is answered even when intake is full
            }
        }
        intake.admit();
        Order order = Order.receive(checked, idempotencyKey, fingerprint, placedBy, clock.instant());
        orders.storeNew(order, idempotencyKey);
        admission.enter(order);
        return new Placement(order, true);
    }

    private Optional<Placement> earlierPlacement(String idempotencyKey, String fingerprint) {
        return orders.findByIdempotencyKey(idempotencyKey).map(earlier -> {
            if (!earlier.matchesRequest(fingerprint)) {
                throw new NotPossible("Idempotency-Key " + idempotencyKey + " was already used for a different order");
            }
            return new Placement(earlier, false);
        });
    }

    public Order get(String orderId) {
        return orders.findByIdOptional(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }

    /** Whether the customer with this e-mail address placed the order (addresses compare without regard to case). */
    public boolean isCustomerOf(String orderId, String email) {
        return email != null && orders.customerEmailOf(orderId)
                .filter(owner -> owner.strip().equalsIgnoreCase(email.strip())).isPresent();
    }

    /** The order, locked for a change: an event of another service arriving meanwhile waits for this request. */
    private Order getForChange(String orderId) {
        return orders.findByIdForChange(orderId).orElseThrow(() -> new NotFound("order", orderId));
    }

    public ResultPage<Order> search(OrderStatus status, String customerEmail, int page, int size) {
        return orders.search(status, customerEmail, page, size);
    }

    @Transactional
    public Order cancel(String orderId, String reason, String cancelledBy) {
        return ConcurrentChanges.settle(orders, orderId, () -> {
            Order order = getForChange(orderId);
            if (!OrderTransitions.cancellable(order.getStatus())) {
                throw new Conflict("order " + orderId + " is " + order.getStatus()
                        + ": only an order that has not shipped can be cancelled");
            }
            if (order.getParcel().isReplacement()) {
                // the goods left once already: undoing the order now is a refund, which ops decide
                throw new Conflict("order " + orderId + " is being reshipped after a failed delivery: "
                        + "it can no longer be cancelled, only refunded by ops");
            }
            Instant now = clock.instant();
            admission.announceNow(order);
            order.cancel(reason, cancelledBy, now, events);
            filing.orderEnded(order, now);
            return order;
        });
    }

    /**
     * A good delivery completes the order and files its dossier in the same transaction; any other condition
     * leaves the order in DELIVERY_ISSUE for the ops team to reship or refund.
     *
     * @return true if the order completed
     */
    @Transactional
    public boolean confirmDelivery(String orderId, DeliveryCondition condition, String comment, String confirmedBy) {
        return ConcurrentChanges.settle(orders, orderId,
                () -> confirmDeliveryOnce(orderId, condition, comment, confirmedBy));
    }

    private boolean confirmDeliveryOnce(String orderId, DeliveryCondition condition, String comment,
            String confirmedBy) {
        Order order = getForChange(orderId);
        if (order.getStatus() != OrderStatus.SHIPPED && order.getStatus() != OrderStatus.DELIVERED) {
            throw new Conflict("order " + orderId + " is " + order.getStatus()
                    + ": delivery can only be confirmed once it is shipped");
        }
        Instant now = clock.instant();
        String detail = condition + (comment == null || comment.isBlank() ? "" : ": " + comment);
        if (condition != DeliveryCondition.GOOD) {
            order.moveTo(OrderStatus.DELIVERY_ISSUE, "delivery issue reported", confirmedBy, detail, now, events);
            events.deliveryIssueReported(orderId, condition, comment);
            return false;
        }
        events.deliveryConfirmedByCustomer(orderId, condition, now);
        order.moveTo(OrderStatus.COMPLETED, "delivery confirmed by customer", confirmedBy, detail, now, events);
        events.orderCompleted(orderId, now);
        filing.orderEnded(order, now);
        return true;
    }

    /** Ops send a failed or disputed delivery again: new stock, package, label and transport. */
    @Transactional
    public Order reship(String orderId, String decidedBy, String reason) {
        return ConcurrentChanges.settle(orders, orderId, () -> {
            Order order = awaitingOpsDecision(orderId, "reshipped");
            order.reship(decidedBy, reason, clock.instant(), events);
            return order;
        });
    }

    /**
     * Ops give the money back for a failed or disputed delivery; billing credits the invoice, and its credit note
     * joins the dossier filed now.
     */
    @Transactional
    public Order refund(String orderId, String decidedBy, String reason) {
        return ConcurrentChanges.settle(orders, orderId, () -> {
            Order order = awaitingOpsDecision(orderId, "refunded");
            Instant now = clock.instant();
            order.refund(decidedBy, reason, now, events);
            filing.orderEnded(order, now);
            return order;
        });
    }

    /** The customer's answer to short stock: wait for the restock, take offered alternatives, or cancel. */
    @Transactional
    public Order chooseForShortStock(String orderId, StockChoice choice, List<LineReplacement> replacements,
            String chosenBy) {
        return ConcurrentChanges.settle(orders, orderId, () -> chooseOnce(orderId, choice, replacements, chosenBy));
    }

    private Order chooseOnce(String orderId, StockChoice choice, List<LineReplacement> replacements,
            String chosenBy) {
        Order order = getForChange(orderId);
        if (order.getStatus() != OrderStatus.AWAITING_STOCK) {
            throw new Conflict("order " + orderId + " is " + order.getStatus()
                    + ": a stock choice is only taken while the order awaits stock");
        }
        Instant now = clock.instant();
        switch (choice) {
            case WAIT -> order.record(now, "customer waits for restock", chosenBy,
                    order.expectedRestockDate().map(date -> "expected " + date)
                            .orElse("expected date not known yet"), null);
            case ALTERNATIVE -> {
                List<InvalidInput.FieldError> errors = order.replaceLines(replacements);
                if (!errors.isEmpty()) {
                    throw new InvalidInput(errors);
                }
                String reason = "customer took " + replacements.stream()
                        .map(replacement -> replacement.alternativeSku() + " instead of " + replacement.sku())
                        .collect(Collectors.joining(", "));
                order.record(now, "order amended", chosenBy, reason, null);
                events.orderAmended(orderId, order.lines(), reason);
            }
            case CANCEL -> {
                order.cancel("the customer cancelled rather than wait for stock", chosenBy, now, events);
                filing.orderEnded(order, now);
            }
        }
        return order;
    }

    private Order awaitingOpsDecision(String orderId, String outcome) {
        Order order = getForChange(orderId);
        if (!OrderTransitions.awaitsOpsDecision(order.getStatus())) {
            throw new Conflict("order " + orderId + " is " + order.getStatus() + ": only an order in "
                    + OrderStatus.DELIVERY_FAILED + " or " + OrderStatus.DELIVERY_ISSUE + " can be " + outcome);
        }
        return order;
    }

    public List<OrderDocument> documents(String orderId) {
        get(orderId);
        return dossier.filed(orderId);
    }

    /** One filed document of the order; an id that is no UUID names no document. */
    public OrderDocument document(String orderId, String documentId) {
        get(orderId);
        return parsedId(documentId).flatMap(id -> dossier.filed(orderId, id))
                .orElseThrow(() -> new NotFound("document " + documentId + " of order " + orderId
                        + " does not exist"));
    }

    private static Optional<UUID> parsedId(String documentId) {
        try {
            return Optional.of(UUID.fromString(documentId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
