package com.example.fulfillment.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One message to a customer on one channel, and how far its delivery got. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private UUID id;

    private String orderId;

    private UUID sourceEventId;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    private NotificationChannel channel;

    private String dedupKey;

    private String recipient;

    private String subject;

    private String body;

    /** The body as the e-mail's HTML part; null on messages recorded before e-mails had one. */
    private String htmlBody;

    private String smsText;

    @Enumerated(EnumType.STRING)
    private NotificationStatus status;

    private int attempts;

    private String lastError;

    private Instant nextAttemptAt;

    private Instant createdAt;

    private Instant sentAt;

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
        this.htmlBody = message.htmlBody();
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
        lastError = shortened(error);
        if (attempts >= policy.maxAttempts()) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        }
    }

    /**
     * Counts an attempt that met the channel away: the message stays pending, whatever the attempts so far, and is
     * tried again after the policy's pause.
     */
    public void recordChannelUnavailable(String error, Instant now, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = shortened(error);
        nextAttemptAt = now.plus(policy.backoffAfter(attempts));
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

    public UUID getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    /** Where the message goes on its channel: an e-mail address, a phone number, the customer's name. */
    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    /** The full text: the e-mail's body, also what the portal shows. */
    public String getBody() {
        return body;
    }

    /** The e-mail's HTML part, telling what {@link #getBody()} tells; null if the message has none. */
    public String getHtmlBody() {
        return htmlBody;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("notification " + id + " is already " + status);
        }
    }

    private static String shortened(String error) {
        return error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    }
}
