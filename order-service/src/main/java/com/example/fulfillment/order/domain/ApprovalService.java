package com.example.fulfillment.order.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.domain.ResultPage;
import com.example.fulfillment.domain.Conflict;
import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.order.persistence.ApprovalTaskRepository;
import com.example.fulfillment.order.persistence.ConcurrentChanges;
import com.example.fulfillment.order.persistence.OrderRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Opens the gates' approval tasks, lets the policy or a person decide them, and carries out the decision. */
@ApplicationScoped
public class ApprovalService {

    private final ApprovalTaskRepository tasks;
    private final OrderRepository orders;
    private final ApprovalPolicy policy;
    private final OrderEventPublisher events;
    private final DossierFiling filing;
    private final Clock clock;
    private final ObjectMapper json;

    ApprovalService(ApprovalTaskRepository tasks, OrderRepository orders, ApprovalsConfig config,
            OrderEventPublisher events, DossierFiling filing, Clock clock, ObjectMapper mapper) {
        this.tasks = tasks;
        this.filing = filing;
        this.orders = orders;
        this.policy = ApprovalPolicy.of(config);
        this.events = events;
        this.clock = clock;
        // what was submitted is kept readable (dates as text) and read back even if it carries more than we know
        this.json = mapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Opens a task over what is submitted; the policy decides it at once or leaves it to a person. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApprovalTask open(Order order, ApprovalGate gate, String subjectKey, Object submitted, ApprovalFacts facts,
            String cause) {
        Instant now = clock.instant();
        ApprovalTask task = new ApprovalTask(gate, order.getId(), subjectKey, toJson(submitted), now);
        tasks.persist(task);
        policy.automaticApproval(gate, facts).ifPresentOrElse(
                reason -> carryOut(task, order, true, ApprovalPolicy.AUTOMATIC_DECIDER, reason),
                () -> order.record(now, "approval pending: " + gate, cause,
                        "task " + task.getId() + " waits for a person to decide", null));
        return task;
    }

    @Transactional
    public ApprovalTask decide(UUID taskId, boolean approve, String decidedBy, String reason) {
        ApprovalTask task = get(taskId);
        return ConcurrentChanges.settle(tasks, task.getOrderId(), () -> decideOnce(task, approve, decidedBy, reason));
    }

    private ApprovalTask decideOnce(ApprovalTask task, boolean approve, String decidedBy, String reason) {
        // the order's lock queues this decision behind a second person's decision of the same task and behind the
        // order's events; the task is read again under it, so the later decision sees what the first one did
        Order order = orders.findByIdForChange(task.getOrderId()).orElseThrow();
        tasks.getEntityManager().refresh(task);
        if (task.getStatus() != ApprovalStatus.PENDING) {
            throw new Conflict("approval " + task.getId() + " was already " + task.getStatus() + " by "
                    + task.getDecidedBy());
        }
        if (order.isCancelled()) {
            throw new Conflict("order " + order.getId() + " is cancelled: nothing left to approve");
        }
        try {
            carryOut(task, order, approve, decidedBy, reason);
        } catch (TransitionNotAllowedException e) {
            throw new Conflict(e.getMessage(), e);
        }
        return task;
    }

    public ApprovalTask get(UUID taskId) {
        return tasks.findByIdOptional(taskId)
                .orElseThrow(() -> new NotFound("approval", String.valueOf(taskId)));
    }

    public List<ApprovalTask> search(ApprovalStatus status, ApprovalGate gate, String orderId) {
        return tasks.search(status, gate, orderId);
    }

    public ResultPage<ApprovalTask> search(ApprovalStatus status, ApprovalGate gate, String orderId, int page,
            int size) {
        return tasks.search(status, gate, orderId, page, size);
    }

    private void carryOut(ApprovalTask task, Order order, boolean approve, String decidedBy, String reason) {
        Instant now = clock.instant();
        ApprovalDecision decision = task.decide(approve, decidedBy, reason, now);
        ApprovalGate gate = task.getGate();
        String cause = "approval:" + gate + " by " + decidedBy;
        String why = reason == null || reason.isBlank() ? "no reason given" : reason;
        switch (gate) {
            case ORDER_VERIFICATION -> {
                if (approve) {
                    order.moveTo(OrderStatus.VERIFIED, "order verification approved", cause, why, now, events);
                    events.verificationApproved(order.getId(), order.lines(), decision);
                } else {
                    order.record(now, "order verification rejected", cause, why, null);
                    events.verificationRejected(order.getId(), decision);
                    order.cancel(why, "approval:" + gate, now, events);
                    filing.orderEnded(order, now);
                }
            }
            case SHIPMENT_DETAILS -> {
                if (approve) {
                    order.moveTo(OrderStatus.SHIPMENT_APPROVED, "shipment details approved", cause, why, now, events);
                    events.shipmentApproved(order.getId(), decision);
                } else {
                    order.record(now, "shipment details rejected", cause, why, null);
                    events.shipmentRejected(order.getId(), decision);
                    order.cancel(why, "approval:" + gate, now, events);
                    filing.orderEnded(order, now);
                }
            }
            case TRACKING_CONFIRMATION -> {
                TrackingUpdate update = fromJson(task.getSubmitted(), TrackingUpdate.class);
                if (approve) {
                    order.expectDeliveryOn(update.expectedDeliveryDate());
                    order.record(now, "tracking update confirmed", cause,
                            update.status() + " / " + update.deliveryState() + ": " + why, null);
                    events.trackingConfirmed(update, decision);
                } else {
                    order.record(now, "tracking update not confirmed", cause,
                            update.status() + " / " + update.deliveryState() + ": " + why, null);
                    events.trackingConfirmationRejected(order.getId(), update.trackingUpdateId(), decision);
                }
            }
        }
    }

    private String toJson(Object submitted) {
        try {
            return json.writeValueAsString(submitted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record what was submitted for approval", e);
        }
    }

    private <T> T fromJson(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read what was submitted for approval", e);
        }
    }
}
