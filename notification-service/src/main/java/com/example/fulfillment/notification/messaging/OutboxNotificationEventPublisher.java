package com.example.fulfillment.notification.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.eventbus.EventPublisher;
import com.example.fulfillment.events.CustomerNotified;
import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationEventPublisher;

/** Writes each fact to the outbox in the caller's transaction, so it goes out if and only if the change commits. */
@ApplicationScoped
public class OutboxNotificationEventPublisher implements NotificationEventPublisher {

    private final EventPublisher publisher;

    OutboxNotificationEventPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /** The saga's record of a delivery's outcome: sentAt is the time of the last attempt if it failed. */
    @Override
    public void customerNotified(Notification notification, Instant attemptedAt) {
        publisher.publish(new CustomerNotified(notification.getOrderId(), notification.getId().toString(),
                notification.getKind().name(), NotificationWire.channel(notification.getChannel()),
                notification.getRecipient(), notification.isDelivered(),
                notification.isDelivered() ? notification.getSentAt() : attemptedAt));
    }
}
