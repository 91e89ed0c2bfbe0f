package com.example.fulfillment.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.fulfillment.failure.TransientFailures;
import com.example.fulfillment.notification.domain.ChannelTransport;
import com.example.fulfillment.notification.domain.ChannelUnavailableException;
import com.example.fulfillment.notification.domain.Notification;
import com.example.fulfillment.notification.domain.NotificationChannel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;

/**
 * E-mail over SMTP, as HTML with the plain text as its alternative (multipart/alternative) for mail readers that
 * show no HTML; messages recorded before e-mails had an HTML part go as plain text. The blocking mailer throws if
 * the server does not accept the message. A server that cannot be reached, or answers with a transient (4xx) reply
 * such as 421 "service not available", is away rather than refusing the message.
 */
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
        try {
            Mail mail = Mail.withText(notification.getRecipient(), notification.getSubject(), notification.getBody());
            if (notification.getHtmlBody() != null) {
                mail.setHtml(notification.getHtmlBody());
            }
            mailer.send(mail);
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e) || hasTransientReply(e)) {
                throw new ChannelUnavailableException("SMTP server away: " + innermost(e), e);
            }
            throw e;
        }
    }

    private static boolean hasTransientReply(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp && smtp.isTransient()) {
                return true;
            }
        }
        return false;
    }

    static String innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
