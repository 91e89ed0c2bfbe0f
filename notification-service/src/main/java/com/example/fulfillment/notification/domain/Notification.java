package com.example.fulfillment.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.example.fulfillment.events.model.NotificationChannel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message to a customer on one channel, and how far its delivery got. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    public UUID id;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;

    @Column(name = "dedup_key")
    public String dedupKey;

    public String recipient;

    public String subject;

    public String body;

    @Column(name = "sms_text")
    public String smsText;

    @Enumerated(EnumType.STRING)
    public NotificationStatus status;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    protected Notification() {
    }

    public Notification(UUID id, String orderId, UUID sourceEventId, NotificationKind kind,
            NotificationChannel channel, String dedupKey, String recipient, RenderedMessage message, Instant now) {
        this.id = id;
        this.orderId = orderId;
        this.sourceEventId = sourceEventId;
        this.kind = kind;
        this.channel = channel;
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = message.subject();
        this.body = message.body();
        this.smsText = message.smsText();
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The text that goes over this notification's channel. */
    public String text() {
        return channel == NotificationChannel.SMS ? smsText : body;
    }

    public void markSent(Instant now) {
        requirePending();
        attempts++;
        status = NotificationStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Counts the failed attempt; schedules the next one, or gives up once the policy's attempts are spent. */
    public void recordFailure(String error, Instant now, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= policy.maxAttempts()) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    /**
     * Takes back a message that is no longer true before it went out. Only a PENDING one can be: what was sent
     * cannot be unsent, and a FAILED one never reached the customer anyway.
     */
    public void withdraw() {
        requirePending();
        status = NotificationStatus.WITHDRAWN;
        nextAttemptAt = null;
    }

    public boolean isPending() {
        return status == NotificationStatus.PENDING;
    }

    public boolean isDelivered() {
        return status == NotificationStatus.SENT;
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
    }
}
