package com.example.fulfillment.notification.domain;

import java.time.Instant;

/** What this service tells the saga about its messages; the adapter at the edge builds each wire event. */
public interface NotificationEventPublisher {

    /**
     * The notification reached the customer, or its last attempt (at attemptedAt) failed and no other follows:
     * order-service reads this as the delivery's outcome.
     */
    void customerNotified(Notification notification, Instant attemptedAt);
}
