package com.example.fulfillment.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the order tells the other services, one method per fact. The service's implementation writes each fact to
 * the transactional outbox, so it exists exactly when the change that caused it commits.
 */
public interface OrderEventPublisher {

    void orderReceived(Order order);

    /** Every move of the status: the dashboards' feed of the order's life cycle. */
    void orderStatusChanged(String orderId, OrderStatus from, OrderStatus to, String cause, Instant changedAt);

    /** How long after it was received the order reached this status: the saga's step latency, for the metrics. */
    default void statusReached(String orderId, OrderStatus status, Duration sinceReceived) {
    }

    /** The order is invoiced, packed and labelled: shipping may arrange its transport. */
    void orderReadyForShipment(String orderId, Instant readyAt);

    void orderCancelled(String orderId, OrderStatus cancelledAt, String reason, String cancelledBy);

    void orderAmended(String orderId, List<OrderLine> lines, String reason);

    void verificationApproved(String orderId, List<OrderLine> lines, ApprovalDecision decision);

    void verificationRejected(String orderId, ApprovalDecision decision);

    void shipmentApproved(String orderId, ApprovalDecision decision);

    void shipmentRejected(String orderId, ApprovalDecision decision);

    void trackingConfirmed(TrackingUpdate update, ApprovalDecision decision);

    void trackingConfirmationRejected(String orderId, String trackingUpdateId, ApprovalDecision decision);

    void deliveryConfirmedByCustomer(String orderId, DeliveryCondition condition, Instant confirmedAt);

    void deliveryIssueReported(String orderId, DeliveryCondition condition, String comment);

    void orderCompleted(String orderId, Instant completedAt);

    void documentsFiled(String orderId, List<String> kinds, Instant filedAt);

    void reshipmentRequested(String orderId, List<OrderLine> lines, String requestedBy, String reason);

    void orderRefunded(String orderId, String requestedBy, String reason);
}
