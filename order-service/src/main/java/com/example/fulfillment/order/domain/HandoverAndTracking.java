package com.example.fulfillment.order.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.example.fulfillment.order.persistence.ApprovalTaskRepository;

/**
 * Steps 9 to 14 and gate A3: the carrier takes the parcel, reports on it (each update waits at the tracking
 * confirmation gate before the customer hears of it, a failed delivery reaches ops at once) and delivers it; the
 * customer's notifications are kept in the timeline as they go out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HandoverAndTracking {

    private final SagaSteps steps;
    private final ApprovalTaskRepository tasks;
    private final ApprovalService approvals;

    HandoverAndTracking(SagaSteps steps, ApprovalTaskRepository tasks, ApprovalService approvals) {
        this.steps = steps;
        this.tasks = tasks;
        this.approvals = approvals;
    }

    public void shipped(Handover handover, String cause) {
        Order order = steps.known(handover.orderId());
        String detail = handover.carrier() + ", tracking number " + handover.trackingNumber() + ", expected "
                + handover.expectedDeliveryDate() + ", handed over: " + (handover.documentsHandedOver() == null ? ""
                        : String.join(", ", handover.documentsHandedOver()));
        String reference = "Shipped:" + handover.trackingNumber();
        if (steps.keptWhileCancelled(order, "shipped", cause, detail)
                || steps.alreadyAt(order, OrderStatus.SHIPPED, cause)
                // the first parcel's handover repeated while its replacement is on the way
                || order.hasRecorded(reference)) {
            return;
        }
        order.shipWith(handover.carrier(), handover.trackingNumber(), handover.expectedDeliveryDate());
        steps.move(order, OrderStatus.SHIPPED, "shipped", cause, detail, reference);
    }

    public void trackingUpdated(TrackingUpdate update, String cause) {
        Order order = steps.known(update.orderId());
        String detail = update.status() + " / " + update.deliveryState() + ": " + update.description()
                + (update.location() == null ? "" : " (" + update.location() + ")");
        if (steps.keptWhileCancelled(order, "tracking updated", cause, detail) || tasks.findBySubject(order.getId(),
                ApprovalGate.TRACKING_CONFIRMATION, update.trackingUpdateId()).isPresent()) {
            return;
        }
        if (update.status().isDeliveryFailure() && order.getParcel().concerns(update.trackingNumber())
                && OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERY_FAILED)) {
            // ops must see the failure at once; gate A3 still decides whether and when the customer is told
            steps.move(order, OrderStatus.DELIVERY_FAILED, "delivery failed", cause, detail);
        } else {
            steps.record(order, "tracking updated", cause, detail, null);
        }
        approvals.open(order, ApprovalGate.TRACKING_CONFIRMATION, update.trackingUpdateId(), update,
                ApprovalFacts.of(order, order.getCheckout().getShippingMethod(), update.deliveryState()), cause);
    }

    public void deliveryConfirmed(DeliveryConfirmation confirmation, String cause) {
        if (confirmation.confirmedBy() != ConfirmedBy.CARRIER) {
            // the customer's confirmation is ours, published when it was taken through the API
            return;
        }
        Order order = steps.known(confirmation.orderId());
        String detail = "carrier reports " + confirmation.condition() + " at " + confirmation.confirmedAt();
        if (steps.keptWhileCancelled(order, "delivered", cause, detail)) {
            return;
        }
        if (order.hasReached(OrderStatus.DELIVERED)
                || !OrderTransitions.allowed(order.getStatus(), OrderStatus.DELIVERED)) {
            // after a reported issue or a failure ops decide; a late "delivered" of a replaced parcel is history
            steps.recordOnce(order, "carrier confirmed delivery", cause, detail,
                    "DeliveryConfirmed:CARRIER:" + order.getStatus());
            return;
        }
        steps.move(order, OrderStatus.DELIVERED, "delivered", cause, detail);
    }

    public void customerNotified(CustomerNotification notification, String cause) {
        Order order = steps.known(notification.orderId());
        steps.recordOnce(order, "customer notified", cause, notification.kind() + " via " + notification.channel()
                + " to " + notification.recipient() + (notification.delivered() ? ": delivered" : ": not delivered"),
                "CustomerNotified:" + notification.notificationId());
    }
}
