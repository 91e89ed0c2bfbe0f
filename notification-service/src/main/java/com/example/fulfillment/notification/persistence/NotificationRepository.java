package com.example.fulfillment.notification.persistence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationChannel;
import com.example.fulfillment.notification.domain.NotificationKind;
import com.example.fulfillment.notification.domain.NotificationStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> listByOrderNewestFirst(String orderId) {
        return list("orderId", Sort.descending("createdAt").and("kind").and("channel"), orderId);
    }

    /**
     * The channels on which this event, or another one meaning the same, already produced a message: one query
     * for all channels, planned once (the two unique constraints answer it).
     */
    public Set<NotificationChannel> channelsAlreadyRecorded(UUID sourceEventId, String orderId, NotificationKind kind,
            String dedupKey) {
        List<NotificationChannel> channels = getEntityManager().createQuery("""
                select n.channel from Notification n
                where n.sourceEventId = ?1 or (n.orderId = ?2 and n.kind = ?3 and n.dedupKey = ?4)""",
                NotificationChannel.class)
                .setParameter(1, sourceEventId).setParameter(2, orderId).setParameter(3, kind)
                .setParameter(4, dedupKey)
                .getResultList();
        return channels.isEmpty() ? Set.of() : EnumSet.copyOf(channels);
    }

    /**
     * The order's notifications still waiting to be sent, locked so that the sender cannot start one meanwhile.
     * One the sender holds right now is waited for, then re-read: it is returned only if it is still pending.
     */
    public List<Notification> lockPendingOf(String orderId) {
        return find("orderId = ?1 and status = ?2", orderId, NotificationStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public long countPending(NotificationChannel channel) {
        return count("channel = ?1 and status = ?2", channel, NotificationStatus.PENDING);
    }

    /** The messages the order's customer reads on the shop's portal, newest first. */
    public List<Notification> listPortalMessagesNewestFirst(String orderId) {
        return list("orderId = ?1 and channel = ?2 and status = ?3", Sort.descending("createdAt").and("kind"),
                orderId, NotificationChannel.PORTAL, NotificationStatus.SENT);
    }

    /**
     * Locks the next pending notification that is due, skipping those another sender holds, so that several
     * instances of the service never send the same notification at the same time.
     */
    public Optional<Notification> lockNextDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Notification> due = getEntityManager().createNativeQuery("""
                select * from notification
                where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, created_at
                limit 1
                for update skip locked""", Notification.class)
                .setParameter("now", now)
                .getResultList();
        return due.stream().findFirst();
    }
}
