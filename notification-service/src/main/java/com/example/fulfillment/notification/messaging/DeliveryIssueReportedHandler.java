package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventContext;
import com.example.fulfillment.eventbus.EventHandler;
import com.example.fulfillment.events.DeliveryIssueReported;
import com.example.fulfillment.notification.domain.CustomerNotifications;
import com.example.fulfillment.notification.domain.DeliveryIssueReceivedMessage;

/** Acknowledges the customer's report of a delivery that is not right, while ops decide what to do. */
@ApplicationScoped
public class DeliveryIssueReportedHandler implements EventHandler<DeliveryIssueReported> {

    private final CustomerNotifications notifications;

    DeliveryIssueReportedHandler(CustomerNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void handle(DeliveryIssueReported event, EventContext context) {
        notifications.notifyCustomer(context.eventId(), event.orderId(),
                recipient -> new DeliveryIssueReceivedMessage(recipient.getName(), event.orderId(), event.condition(),
                        event.comment(), recipient.getLastTrackingNumber()));
    }
}
