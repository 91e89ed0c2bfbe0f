package com.example.fulfillment.notification.domain;

/** Carries a message over one channel to the customer; throws when the channel did not take it. */
public interface ChannelTransport {

    NotificationChannel channel();

    void send(Notification notification);
}
