package com.example.fulfillment.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.ConfigProvider;

import com.example.fulfillment.events.OrderReceived;
import com.example.fulfillment.events.model.Customer;
import com.example.fulfillment.events.model.NotificationChannel;
import com.example.fulfillment.events.model.OrderLine;
import com.example.fulfillment.events.model.OrderOptions;
import com.example.fulfillment.events.model.ShippingMethod;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The customer's side of the channels, shared by all test classes of the one Quarkus run: a GreenMail SMTP
 * server and a fake SMS gateway, on the ports the %test configuration points the service at. Each test uses
 * its own addresses and numbers, so the tests never see each other's messages.
 */
public final class TestChannels {

    private static volatile GreenMail smtp;
    private static FakeSmsGateway smsGateway;

    private TestChannels() {
    }

    public static synchronized void start() {
        if (smtp != null) {
            return;
        }
        var config = ConfigProvider.getConfig();
        startSmtp();
        try {
            smsGateway = new FakeSmsGateway(URI.create(config.getValue("sms.gateway.url", String.class)).getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot start the fake SMS gateway", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestChannels::stopSmtp));
    }

    /** Takes the SMTP server down, as an outage would: the mailer's connections are refused until it is back. */
    public static synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * Starts (again) an SMTP server on the port the service sends to. A restarted server is a new one: the mails
     * received before the outage are gone from {@link #mailsTo}.
     */
    public static synchronized void startSmtp() {
        smtp = new GreenMail(new ServerSetup(
                ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public static FakeSmsGateway smsGateway() {
        return smsGateway;
    }

    public static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> isTo(mail, email)).toList();
    }

    /** The mail's plain text: the text/plain part of a multipart mail, else its whole content. */
    public static String bodyOf(MimeMessage mail) {
        return partOf(mail, "text/plain");
    }

    /** The mail's text/html part, or null if it has none. */
    public static String htmlOf(MimeMessage mail) {
        return partOf(mail, "text/html");
    }

    /** The media types of a multipart mail's parts, e.g. [text/plain, text/html]; empty for a single-part mail. */
    public static List<String> partTypesOf(MimeMessage mail) {
        try {
            if (!(mail.getContent() instanceof Multipart multipart)) {
                return List.of();
            }
            List<String> types = new java.util.ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                types.add(multipart.getBodyPart(i).getContentType().split(";")[0].strip().toLowerCase());
            }
            return types;
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String partOf(MimeMessage mail, String mediaType) {
        try {
            Object content = mail.getContent();
            if (!(content instanceof Multipart multipart)) {
                return mediaType.equals("text/plain") ? content.toString() : null;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(mediaType)) {
                    return part.getContent().toString();
                }
            }
            return null;
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage mail, String email) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String newOrderId() {
        return UUID.randomUUID().toString();
    }

    public static String emailFor(String orderId) {
        return "customer-" + orderId + "@example.com";
    }

    /** A phone number of its own for each test, so the gateway's plans and records never mix. */
    public static String newPhone() {
        return "+49170" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    public static OrderReceived orderReceived(String orderId, String email, String phone,
            NotificationChannel... channels) {
        return new OrderReceived(orderId, new Customer("Ada Lovelace", email, phone),
                new com.example.fulfillment.events.model.Address("Ada Lovelace", "1 Analytical Way", "London",
                        "N1 1AA", null, "GB"),
                ShippingMethod.STANDARD, List.of(new OrderLine("SKU-1", 1)), OrderOptions.none(),
                List.of(channels), null, Instant.now());
    }
}
