package com.example.fulfillment.notification.domain;

import com.example.fulfillment.events.model.NotificationChannel;

/** Carries a message over one channel to the customer; throws when the channel did not take it. */
public interface ChannelTransport {

    NotificationChannel channel();

    void send(Notification notification);
}
