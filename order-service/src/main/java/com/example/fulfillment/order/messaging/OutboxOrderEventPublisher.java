package com.example.fulfillment.order.messaging;

import static com.example.fulfillment.order.messaging.OrderWire.onWire;
import static com.example.fulfillment.order.messaging.OrderWire.same;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.DeliveryConfirmed;
import com.example.fulfillment.events.DeliveryIssueReported;
import com.example.fulfillment.events.OrderAmended;
import com.example.fulfillment.events.OrderCancelled;
import com.example.fulfillment.events.OrderCompleted;
import com.example.fulfillment.events.OrderDocumentsFiled;
import com.example.fulfillment.events.OrderReadyForShipment;
import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.OrderRefunded;
import com.example.fulfillment.events.OrderStatusChanged;
import com.example.fulfillment.events.OrderVerificationApproved;
import com.example.fulfillment.events.OrderVerificationRejected;
import com.example.fulfillment.events.ReshipmentRequested;
import com.example.fulfillment.events.SagaEvent;
import com.example.fulfillment.events.ShipmentApproved;
import com.example.fulfillment.events.ShipmentRejected;
import com.example.fulfillment.events.TrackingConfirmationRejected;
import com.example.fulfillment.events.TrackingConfirmed;
import com.example.fulfillment.events.model.ConfirmedBy;
import com.example.fulfillment.events.model.DeliveryState;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderStatus;
import com.example.fulfillment.events.model.ShippingMethod;
import com.example.fulfillment.events.model.TrackingStatus;
import com.example.fulfillment.order.domain.ApprovalDecision;
import com.example.fulfillment.order.domain.Checkout;
import com.example.fulfillment.order.domain.DeliveryCondition;
import com.example.fulfillment.order.domain.Order;
import com.example.fulfillment.order.domain.OrderEventPublisher;
import com.example.fulfillment.order.domain.OrderLine;
import com.example.fulfillment.order.domain.TrackingUpdate;

/**
 * The order's facts as the saga's wire events. In the service they go to platform-kit's outbox, inside the
 * transaction that changed the order; a unit test of the domain hands in a list to collect them instead.
 */
@ApplicationScoped
public class OutboxOrderEventPublisher implements OrderEventPublisher {

    private final Consumer<SagaEvent> outbox;
    private final OrderStepMetrics steps;

    @Inject
    OutboxOrderEventPublisher(EventPublisher publisher, OrderStepMetrics steps) {
        this.outbox = publisher::publish;
        this.steps = steps;
    }

    public OutboxOrderEventPublisher(Consumer<SagaEvent> outbox) {
        this.outbox = outbox;
        this.steps = null;
    }

    @Override
    public void statusReached(String orderId, com.example.fulfillment.order.domain.OrderStatus status,
            java.time.Duration sinceReceived) {
        if (steps != null) {
            steps.reached(status, sinceReceived);
        }
    }

    @Override
    public void orderReceived(Order order) {
        Checkout checkout = order.getCheckout();
        outbox.accept(new OrderReceived(order.getId(), onWire(checkout.getCustomer()),
                onWire(checkout.getShippingAddress()), same(ShippingMethod.class, checkout.getShippingMethod()),
                onWire(order.lines()), onWire(checkout.getOptions()), checkout.getNotificationChannels().stream()
                        .map(channel -> same(NotificationChannel.class, channel)).toList(),
                checkout.getDiscountCode(), order.getCreatedAt()));
    }

    @Override
    public void orderStatusChanged(String orderId, com.example.fulfillment.order.domain.OrderStatus from,
            com.example.fulfillment.order.domain.OrderStatus to, String cause, Instant changedAt) {
        outbox.accept(new OrderStatusChanged(orderId, same(OrderStatus.class, from), same(OrderStatus.class, to),
                cause, changedAt));
    }

    @Override
    public void orderReadyForShipment(String orderId, Instant readyAt) {
        outbox.accept(new OrderReadyForShipment(orderId, readyAt));
    }

    @Override
    public void orderCancelled(String orderId, com.example.fulfillment.order.domain.OrderStatus cancelledAt,
            String reason, String cancelledBy) {
        outbox.accept(new OrderCancelled(orderId, same(OrderStatus.class, cancelledAt), reason, cancelledBy));
    }

    @Override
    public void orderAmended(String orderId, List<OrderLine> lines, String reason) {
        outbox.accept(new OrderAmended(orderId, onWire(lines), reason));
    }

    @Override
    public void verificationApproved(String orderId, List<OrderLine> lines, ApprovalDecision decision) {
        outbox.accept(new OrderVerificationApproved(orderId, onWire(lines), onWire(decision)));
    }

    @Override
    public void verificationRejected(String orderId, ApprovalDecision decision) {
        outbox.accept(new OrderVerificationRejected(orderId, onWire(decision)));
    }

    @Override
    public void shipmentApproved(String orderId, ApprovalDecision decision) {
        outbox.accept(new ShipmentApproved(orderId, onWire(decision)));
    }

    @Override
    public void shipmentRejected(String orderId, ApprovalDecision decision) {
        outbox.accept(new ShipmentRejected(orderId, onWire(decision)));
    }

    @Override
    public void trackingConfirmed(TrackingUpdate update, ApprovalDecision decision) {
        outbox.accept(new TrackingConfirmed(update.orderId(), update.trackingUpdateId(), update.trackingNumber(),
                same(TrackingStatus.class, update.status()), same(DeliveryState.class, update.deliveryState()),
                update.description(), update.expectedDeliveryDate(), onWire(decision)));
    }

    @Override
    public void trackingConfirmationRejected(String orderId, String trackingUpdateId, ApprovalDecision decision) {
        outbox.accept(new TrackingConfirmationRejected(orderId, trackingUpdateId, onWire(decision)));
    }

    @Override
    public void deliveryConfirmedByCustomer(String orderId, DeliveryCondition condition, Instant confirmedAt) {
        outbox.accept(new DeliveryConfirmed(orderId, ConfirmedBy.CUSTOMER, condition.name(), confirmedAt));
    }

    @Override
    public void deliveryIssueReported(String orderId, DeliveryCondition condition, String comment) {
        outbox.accept(new DeliveryIssueReported(orderId, condition.name(), comment));
    }

    @Override
    public void orderCompleted(String orderId, Instant completedAt) {
        outbox.accept(new OrderCompleted(orderId, completedAt));
    }

    @Override
    public void documentsFiled(String orderId, List<String> kinds, Instant filedAt) {
        outbox.accept(new OrderDocumentsFiled(orderId, kinds, filedAt));
    }

    @Override
    public void reshipmentRequested(String orderId, List<OrderLine> lines, String requestedBy, String reason) {
        outbox.accept(new ReshipmentRequested(orderId, onWire(lines), requestedBy, reason));
    }

    @Override
    public void orderRefunded(String orderId, String requestedBy, String reason) {
        outbox.accept(new OrderRefunded(orderId, requestedBy, reason));
    }
}
