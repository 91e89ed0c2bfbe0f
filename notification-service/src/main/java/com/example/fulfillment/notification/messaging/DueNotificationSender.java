package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.notification.domain.NotificationDelivery;

import io.quarkus.scheduler.Scheduled;

/** Wakes the sender; each pass sends what is due now, including retries whose backoff has run out. */
@ApplicationScoped
public class DueNotificationSender {

    private final NotificationDelivery delivery;

    DueNotificationSender(NotificationDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(every = "${notification.sender.interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        delivery.deliverDue();
    }
}
