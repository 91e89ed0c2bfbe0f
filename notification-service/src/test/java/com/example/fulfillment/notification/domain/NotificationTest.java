package com.example.fulfillment.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private static Notification pending(NotificationChannel channel) {
        return new Notification(UUID.randomUUID(), "order-1", UUID.randomUUID(),
                NotificationKind.SHIPMENT_CONFIRMATION, channel, "TRK1", "someone",
                new RenderedMessage("subject", "long body", "<p>long body</p>", "sms text"), NOW);
    }

    @Test
    void aNewNotificationIsPendingAndDueAtOnce() {
        Notification notification = pending(NotificationChannel.EMAIL);

        assertEquals(NotificationStatus.PENDING, notification.getStatus());
        assertEquals(NOW, notification.getNextAttemptAt());
        assertEquals(0, notification.getAttempts());
    }

    @Test
    void sendingCountsTheAttemptAndRecordsTheTime() {
        Notification notification = pending(NotificationChannel.EMAIL);
        notification.recordFailure("refused", NOW, POLICY);

        notification.markSent(NOW.plusSeconds(1));

        assertEquals(NotificationStatus.SENT, notification.getStatus());
        assertEquals(2, notification.getAttempts());
        assertEquals(NOW.plusSeconds(1), notification.getSentAt());
        assertNull(notification.getLastError());
        assertNull(notification.getNextAttemptAt());
    }

    @Test
    void failuresAreRetriedWithADoublingPauseUntilTheAttemptsAreSpent() {
        Notification notification = pending(NotificationChannel.SMS);

        notification.recordFailure("HTTP 500", NOW, POLICY);
        assertEquals(NotificationStatus.PENDING, notification.getStatus());
        assertEquals(NOW.plusSeconds(1), notification.getNextAttemptAt());

        notification.recordFailure("HTTP 500", NOW, POLICY);
        assertEquals(NOW.plusSeconds(2), notification.getNextAttemptAt());

        notification.recordFailure("HTTP 503", NOW, POLICY);
        assertEquals(NotificationStatus.FAILED, notification.getStatus());
        assertEquals(3, notification.getAttempts());
        assertEquals("HTTP 503", notification.getLastError());
        assertNull(notification.getNextAttemptAt());
    }

    @Test
    void aFinishedNotificationCannotBeSentAgain() {
        Notification notification = pending(NotificationChannel.EMAIL);
        notification.markSent(NOW);

        assertThrows(IllegalStateException.class, () -> notification.markSent(NOW));
        assertThrows(IllegalStateException.class, () -> notification.recordFailure("late", NOW, POLICY));
    }

    @Test
    void anSmsCarriesTheShortTextAndOtherChannelsTheBody() {
        assertEquals("sms text", pending(NotificationChannel.SMS).text());
        assertEquals("long body", pending(NotificationChannel.EMAIL).text());
        assertEquals("long body", pending(NotificationChannel.PORTAL).text());
    }

    @Test
    void theBackoffDoublesFromTheInitialPause() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertEquals(Duration.ofSeconds(1), policy.backoffAfter(1));
        assertEquals(Duration.ofSeconds(2), policy.backoffAfter(2));
        assertEquals(Duration.ofSeconds(8), policy.backoffAfter(4));
        assertEquals(Duration.ofSeconds(10), policy.backoffAfter(5), "capped at the longest pause");
        assertEquals(Duration.ofSeconds(10), policy.backoffAfter(500));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).getMessage().contains("at least one attempt"));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(1, Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }

    @Test
    void aPendingNotificationCanBeWithdrawnAndIsThenNeitherDueNorSendable() {
        Notification notification = pending(NotificationChannel.EMAIL);
        notification.recordFailure("SMTP down", NOW, POLICY);

        notification.withdraw();

        assertEquals(NotificationStatus.WITHDRAWN, notification.getStatus());
        assertNull(notification.getNextAttemptAt());
        assertNull(notification.getSentAt());
        assertEquals(1, notification.getAttempts());
        assertThrows(IllegalStateException.class, () -> notification.markSent(NOW));
    }

    @Test
    void whatWasSentOrGaveUpCannotBeWithdrawn() {
        Notification sent = pending(NotificationChannel.SMS);
        sent.markSent(NOW);
        Notification failed = pending(NotificationChannel.SMS);
        failed.recordFailure("HTTP 500", NOW, new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThrows(IllegalStateException.class, sent::withdraw);
        assertThrows(IllegalStateException.class, failed::withdraw);
        assertEquals(NotificationStatus.SENT, sent.getStatus());
        assertEquals(NotificationStatus.FAILED, failed.getStatus());
    }

    @Test
    void aChannelThatIsAwayNeverSpendsTheAttempts() {
        Notification notification = pending(NotificationChannel.EMAIL);

        for (int i = 0; i < 10; i++) {
            notification.recordChannelUnavailable("SMTP server away: Connection refused", NOW, POLICY);
        }

        assertEquals(NotificationStatus.PENDING, notification.getStatus());
        assertEquals(10, notification.getAttempts());
        assertEquals(NOW.plusSeconds(30), notification.getNextAttemptAt(), "tried at least every longest pause");
        assertEquals("SMTP server away: Connection refused", notification.getLastError());
    }
}
