package com.example.fulfillment.notification.domain;

import java.time.LocalDate;

/**
 * A tracking update as news for the customer.
 *
 * @param trackingLink where the customer follows the parcel on the tracking portal
 */
public record DeliveryUpdateMessage(String customerName, String orderId, String trackingUpdateId,
        String trackingNumber, DeliveryNews news, String description, LocalDate expectedDeliveryDate,
        String trackingLink) implements CustomerMessage {

    @Override
    public NotificationKind kind() {
        return NotificationKind.DELIVERY_UPDATE;
    }

    @Override
    public String dedupKey() {
        return trackingUpdateId;
    }

    @Override
    public boolean worthAnSms() {
        return news.worthAnSms();
    }

    /**
     * Where the customer stands once told, per parcel: the same standing again is no news. A delay with a new
     * expected date is news, the same date again is not.
     */
    public String standing() {
        String standing = trackingNumber + ":" + news.standing();
        return news == DeliveryNews.DELAYED ? standing + "@" + expectedDeliveryDate : standing;
    }
}
