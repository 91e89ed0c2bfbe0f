package com.example.fulfillment.notification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.example.fulfillment.domain.NotFound;
import com.example.fulfillment.notification.persistence.NotificationRepository;
import com.example.fulfillment.notification.persistence.OrderItemRepository;
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
    private final OrderItemRepository orderItems;
    private final NotificationRepository notifications;
    private final MessageRenderer renderer;
    private final NotificationEventPublisher events;
    private final NotificationSettings settings;
    private final Clock clock;

    CustomerNotifications(RecipientRepository recipients, OrderItemRepository orderItems,
            NotificationRepository notifications, MessageRenderer renderer, NotificationEventPublisher events,
            NotificationSettings settings, Clock clock) {
        this.recipients = recipients;
        this.orderItems = orderItems;
        this.notifications = notifications;
        this.renderer = renderer;
        this.events = events;
        this.settings = settings;
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
     * Records the message on each of the customer's channels that can carry it and that the message is worth. The
     * portal has no transport: its notification is delivered the moment it is recorded.
     *
     * @param messageFor builds the message's content from what this service knows of the order
     * @throws NotFound if this service never heard of the order
     */
    @Transactional
    public void notifyCustomer(UUID sourceEventId, String orderId, Function<KnownOrder, CustomerMessage> messageFor) {
        KnownOrder order = knownOrder(orderId);
        record(sourceEventId, order.recipient(), messageFor.apply(order));
    }

    /**
     * Tells a tracking update only if it is news: a scan that leaves the customer where the last update they were
     * told left them (a second in-transit scan, the same delay again) records nothing on any channel.
     *
     * @throws NotFound if this service never heard of the order
     */
    @Transactional
    public void notifyDeliveryUpdate(UUID sourceEventId, String orderId,
            Function<KnownOrder, DeliveryUpdateMessage> messageFor) {
        KnownOrder order = knownOrder(orderId);
        DeliveryUpdateMessage message = messageFor.apply(order);
        Recipient recipient = order.recipient();
        if (!recipient.isNews(message.standing())) {
            LOG.infof("tracking update %s of order %s tells the customer nothing new (%s); not told",
                    message.trackingUpdateId(), orderId, message.news());
            return;
        }
        record(sourceEventId, recipient, message);
        recipient.toldDelivery(message.standing());
    }

    /** Keeps the products of the order's next parcel, with their names, in place of those kept before. */
    @Transactional
    public void rememberItems(String orderId, List<ParcelItem> items) {
        orderItems.deleteOf(orderId);
        items.forEach(item -> orderItems.persist(new OrderItem(orderId, item)));
    }

    /**
     * A reshipment's parcel holds the lines sent again; their names are the ones the order's allocation gave, as
     * inventory reserves a reshipment without announcing it.
     */
    @Transactional
    public void rememberReshippedLines(String orderId, List<ParcelItem> lines) {
        if (lines == null || lines.isEmpty()) {
            return;
        }
        rememberItems(orderId, KnownOrder.named(orderItems.listOf(orderId), lines));
    }

    private KnownOrder knownOrder(String orderId) {
        Recipient recipient = recipients.findById(orderId);
        if (recipient == null) {
            throw new NotFound("no customer known for order " + orderId
                    + ": its OrderReceived never reached notification-service");
        }
        return new KnownOrder(recipient, orderItems.listOf(orderId), settings::trackingLink);
    }

    private void record(UUID sourceEventId, Recipient recipient, CustomerMessage message) {
        String orderId = recipient.getOrderId();
        RenderedMessage rendered = renderer.render(message);
        Instant now = clock.instant();
        Set<NotificationChannel> recordedBefore = notifications.channelsAlreadyRecorded(sourceEventId, orderId,
                message.kind(), message.dedupKey());
        for (NotificationChannel channel : NotificationChannel.values()) {
            var address = recipient.addressFor(channel);
            if (address.isEmpty() || (channel == NotificationChannel.SMS && !message.worthAnSms())) {
                continue;
            }
            if (recordedBefore.contains(channel)) {
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
