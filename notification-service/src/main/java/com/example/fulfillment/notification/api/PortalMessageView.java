package com.example.fulfillment.notification.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationKind;

/**
 * A message as the customer reads it on the shop's order page: no recipient, delivery attempts or errors,
 * which are the operators' business.
 */
@Schema(description = "A message to the customer as shown on the shop's order page")
public record PortalMessageView(NotificationKind kind, String subject,
        @Schema(description = "the full text of the message") String body,
        @Schema(description = "when the message appeared on the portal") Instant sentAt) {

    static PortalMessageView of(Notification notification) {
        return new PortalMessageView(notification.getKind(), notification.getSubject(), notification.getBody(),
                notification.getSentAt());
    }
}
