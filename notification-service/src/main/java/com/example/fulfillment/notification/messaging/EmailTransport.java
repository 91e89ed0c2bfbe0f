package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.notification.domain.ChannelTransport;
import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationChannel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** E-mail over SMTP; the blocking mailer throws if the server does not accept the message. */
@ApplicationScoped
public class EmailTransport implements ChannelTransport {

    private final Mailer mailer;

    EmailTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public void send(Notification notification) {
        mailer.send(Mail.withText(notification.getRecipient(), notification.getSubject(), notification.getBody()));
    }
}
