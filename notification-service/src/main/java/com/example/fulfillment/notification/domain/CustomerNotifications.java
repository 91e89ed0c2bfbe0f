package com.example.fulfillment.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.notification.persistence.NotificationRepository;
import com.example.fulfillment.notification.persistence.RecipientRepository;

/**
 * Turns what happened to an order into messages for its customer: one notification per chosen channel,
 * recorded as PENDING for the sender. Nothing is sent here, so an event's transaction never waits on SMTP
 * or the SMS gateway, and a rolled-back reaction to an event leaves no message behind that was already sent.
 */
@ApplicationScoped
public class CustomerNotifications {

    private static final Logger LOG = Logger.getLogger(CustomerNotifications.class);

    private final RecipientRepository recipients;
    private final NotificationRepository notifications;
    private final MessageRenderer renderer;
    private final NotificationEventPublisher events;
    private final Clock clock;

    CustomerNotifications(RecipientRepository recipients, NotificationRepository notifications,
            MessageRenderer renderer, NotificationEventPublisher events, Clock clock) {
        this.recipients = recipients;
        this.notifications = notifications;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps the first description of an order's customer; a repeated OrderReceived changes nothing. */
    @Transactional
    public void rememberRecipient(String orderId, String name, String email, String phone,
            List<NotificationChannel> channels) {
        if (recipients.findById(orderId) != null) {
            LOG.debugf("recipient of order %s already known", orderId);
            return;
        }
        recipients.persist(new Recipient(orderId, name, email, phone, channels, clock.instant()));
    }

    /**
     * Records the message on each of the customer's channels that can carry it. The portal has no transport:
     * its notification is delivered the moment it is recorded.
     *
     * @param messageFor builds the message's content for the order's recipient
     * @throws NotFound if this service never heard of the order
     */
    @Transactional
    public void notifyCustomer(UUID sourceEventId, String orderId,
            Function<Recipient, CustomerMessage> messageFor) {
        Recipient recipient = recipients.findById(orderId);
        if (recipient == null) {
            throw new NotFound("no customer known for order " + orderId
                    + ": its OrderReceived never reached notification-service");
        }
        CustomerMessage message = messageFor.apply(recipient);
        RenderedMessage rendered = renderer.render(message);
        Instant now = clock.instant();
        for (NotificationChannel channel : NotificationChannel.values()) {
            var address = recipient.addressFor(channel);
            if (address.isEmpty()) {
                continue;
            }
            if (notifications.alreadyRecorded(sourceEventId, orderId, message.kind(), message.dedupKey(), channel)) {
                LOG.infof("%s for order %s on %s already recorded; not again", message.kind(), orderId, channel);
                continue;
            }
            Notification notification = new Notification(UUID.randomUUID(), orderId, sourceEventId, message.kind(),
                    channel, message.dedupKey(), address.get(), rendered, now);
            if (channel == NotificationChannel.PORTAL) {
                notification.markSent(now);
                events.customerNotified(notification, now);
            }
            notifications.persist(notification);
        }
    }

    /**
     * Remembers the shipment now on its way, so that a later delivery issue or reshipment can tell which one it
     * is about. An order this service never heard of has nothing to remember it on; its Shipped is refused by
     * {@link #notifyCustomer} in the same transaction.
     */
    @Transactional
    public void rememberShipment(String orderId, String trackingNumber) {
        Recipient recipient = recipients.findById(orderId);
        if (recipient != null) {
            recipient.shipmentHandedOver(trackingNumber);
        }
    }

    /**
     * Withdraws the order's messages that are still waiting to go out: after a cancellation a pending "your order
     * has shipped" or "out of stock, we wait for the restock" is no longer true, and the customer would read it
     * after (or instead of) the cancellation. The cancellation's own messages stay, so that a second
     * OrderCancelled never silences the first one's. A message being sent right now holds its row lock: this
     * waits for that attempt, and withdraws the message only if the attempt failed.
     *
     * <p>No CustomerNotified is published for a withdrawn message: nothing reached the customer, and
     * order-service reads CustomerNotified as a delivery's outcome.
     *
     * @return how many messages were withdrawn
     */
    @Transactional
    public int withdrawPendingOnCancellation(String orderId) {
        List<Notification> pending = notifications.lockPendingOf(orderId).stream()
                .filter(notification -> notification.getKind() != NotificationKind.ORDER_CANCELLED)
                .toList();
        pending.forEach(Notification::withdraw);
        if (!pending.isEmpty()) {
            LOG.infof("order %s cancelled: withdrew %d pending notification(s) %s", orderId, pending.size(),
                    pending.stream().map(n -> n.getKind() + "/" + n.getChannel()).toList());
        }
        return pending.size();
    }
}
