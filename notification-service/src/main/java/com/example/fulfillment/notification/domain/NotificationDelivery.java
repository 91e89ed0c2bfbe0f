package com.example.fulfillment.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.PersonalData;
import com.example.fulfillment.notification.persistence.NotificationRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends due notifications, each in a transaction of its own that locks its row, sends, and records the outcome
 * together with the CustomerNotified event. A crash after the transport took the message but before the commit
 * leaves the row PENDING, so it is sent again: the customer may get that one message twice. That is the
 * at-least-once edge; SMTP and the SMS gateway offer no way to make a send part of our transaction.
 * <p>
 * A channel that is away ({@link ChannelUnavailableException}) is waited out without limit: its messages stay
 * pending and are tried again every {@link RetryPolicy#maxPause()} at most, so an outage delays messages but never
 * loses one. Only a message the channel refused is given up after the policy's attempts.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);

    private final NotificationRepository notifications;
    private final Map<NotificationChannel, ChannelTransport> transports = new EnumMap<>(NotificationChannel.class);
    private final NotificationEventPublisher events;
    private final NotificationSettings settings;
    private final ChannelAvailability availability;
    private final Clock clock;

    NotificationDelivery(NotificationRepository notifications, Instance<ChannelTransport> transports,
            NotificationEventPublisher events, NotificationSettings settings, ChannelAvailability availability,
            Clock clock) {
        this.notifications = notifications;
        transports.forEach(transport -> this.transports.put(transport.channel(), transport));
        this.events = events;
        this.settings = settings;
        this.availability = availability;
        this.clock = clock;
    }

    /** @return how many notifications this pass tried to send */
    public int deliverDue() {
        int tried = 0;
        while (tried < settings.sender().batchSize()
                && QuarkusTransaction.requiringNew().call(this::deliverNextDue)) {
            tried++;
        }
        return tried;
    }

    private boolean deliverNextDue() {
        Instant now = clock.instant();
        Optional<Notification> next = notifications.lockNextDue(now);
        next.ifPresent(notification -> attempt(notification, now));
        return next.isPresent();
    }

    private void attempt(Notification notification, Instant now) {
        ChannelTransport transport = transports.get(notification.getChannel());
        try {
            if (transport == null) {
                throw new IllegalStateException("no transport for channel " + notification.getChannel());
            }
            transport.send(notification);
            notification.markSent(now);
            availability.available(notification.getChannel());
            events.customerNotified(notification, now);
        } catch (ChannelUnavailableException e) {
            notification.recordChannelUnavailable(describe(e), now, settings.retryPolicy());
            availability.unavailable(notification.getChannel(), notification.getLastError(), now);
            // one line per attempt, no stack trace: during an outage the cause is what matters
            LOG.warnf("%s away: %s of order %s waits (attempt %d), next at %s: %s", notification.getChannel(),
                    notification.getKind(), notification.getOrderId(), notification.getAttempts(),
                    notification.getNextAttemptAt(), notification.getLastError());
        } catch (RuntimeException e) {
            notification.recordFailure(describe(e), now, settings.retryPolicy());
            if (notification.getStatus() == NotificationStatus.FAILED) {
                LOG.warnf("giving up on %s %s of order %s to %s after %d attempts: %s", notification.getChannel(),
                        notification.getKind(), notification.getOrderId(),
                        PersonalData.masked(notification.getRecipient()),
                        notification.getAttempts(), notification.getLastError());
                events.customerNotified(notification, now);
            } else {
                LOG.infof("%s %s of order %s failed (attempt %d), retrying at %s: %s", notification.getChannel(),
                        notification.getKind(), notification.getOrderId(), notification.getAttempts(),
                        notification.getNextAttemptAt(), notification.getLastError());
            }
        }
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
