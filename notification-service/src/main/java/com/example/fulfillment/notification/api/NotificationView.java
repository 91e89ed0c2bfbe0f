package com.example.fulfillment.notification.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationChannel;
import com.example.fulfillment.notification.domain.NotificationKind;
import com.example.fulfillment.notification.domain.NotificationStatus;

@Schema(description = "A message to a customer on one channel and its delivery state (PENDING, SENT, FAILED, "
        + "or WITHDRAWN: no longer true when it would have gone out, e.g. after a cancellation, and never sent)")
public record NotificationView(UUID id, String orderId, NotificationKind kind, NotificationChannel channel,
        @Schema(description = "e-mail address, phone number, or the customer's name on the portal") String recipient,
        String subject,
        @Schema(description = "the text sent on this channel: the e-mail body, or the SMS text") String body,
        NotificationStatus status, int attempts,
        @Schema(description = "why the last attempt failed, if it did") String lastError,
        Instant createdAt,
        @Schema(description = "when the next attempt is due, while the notification is PENDING") Instant nextAttemptAt,
        Instant sentAt) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.getId(), notification.getOrderId(), notification.getKind(),
                notification.getChannel(), notification.getRecipient(), notification.getSubject(), notification.text(),
                notification.getStatus(), notification.getAttempts(), notification.getLastError(),
                notification.getCreatedAt(), notification.getNextAttemptAt(), notification.getSentAt());
    }
}
