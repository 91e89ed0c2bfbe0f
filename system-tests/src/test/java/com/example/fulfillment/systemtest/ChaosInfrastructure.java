package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The chaos test's own infrastructure, which it may kill, stop and freeze: a Kafka broker, an embedded PostgreSQL
 * and an SMS gateway started by deploy/chaos.sh on ports of their own (files under .run/chaos), a GreenMail SMTP
 * server in this JVM, and a place for the services ({@link #placement}: each on its deploy/services.txt port plus
 * {@value #PORT_OFFSET}). The shared infrastructure on the default ports, which everyone's tests use, is never
 * touched.
 */
final class ChaosInfrastructure implements AutoCloseable {

    static final int PORT_OFFSET = 20000;
    static final int KAFKA_PORT = 29092;
    static final int POSTGRES_PORT = 25432;
    static final int SMS_PORT = 23026;
    static final int SMTP_PORT = 23025;
    static final Path RUN = RunningStack.REPO_ROOT.resolve(".run/chaos");
    private static final Path CHAOS_SH = RunningStack.REPO_ROOT.resolve("deploy/chaos.sh");
    /** chaos.sh's ports, said here once: its defaults are the same, so that a person running it finds the same. */
    private static final Map<String, String> PORTS = Map.of("CHAOS_KAFKA_PORT", String.valueOf(KAFKA_PORT),
            "CHAOS_KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_PORT + 1),
            "CHAOS_PG_PORT", String.valueOf(POSTGRES_PORT), "CHAOS_SMS_PORT", String.valueOf(SMS_PORT));

    /** An e-mail as the customer's mailbox got it; messageId tells two sends of the same text apart. */
    record Mail(String messageId, String recipient, String subject, String body) {
    }

    private GreenMail smtp;
    /** What the SMTP servers stopped so far had received: a new server starts with an empty mailbox. */
    private final List<Mail> delivered = new ArrayList<>();

    private ChaosInfrastructure() {
    }

    /** Stops what an earlier run left behind, starts everything afresh (empty data) and waits until it is up. */
    static ChaosInfrastructure start() throws IOException, InterruptedException {
        ChaosInfrastructure infrastructure = new ChaosInfrastructure();
        infrastructure.chaosSh("start");
        infrastructure.startSmtp();
        return infrastructure;
    }

    Placement placement() {
        return new Placement("chaos", PORT_OFFSET, RUN.resolve("services"), "127.0.0.1:" + KAFKA_PORT, "127.0.0.1",
                String.valueOf(POSTGRES_PORT), "_chaos", null, false);
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    String smsGatewayUrl() {
        return "http://127.0.0.1:" + SMS_PORT + "/messages";
    }

    /** SIGKILL: no clean shutdown, whatever the broker had not flushed is recovered from its log at start. */
    void killBroker() throws IOException, InterruptedException {
        chaosSh("kafka", "kill");
    }

    void startBroker() throws IOException, InterruptedException {
        chaosSh("kafka", "start");
    }

    /** A clean stop (pg_ctl stop): every connection of the services is closed under them. */
    void stopPostgres() throws IOException, InterruptedException {
        chaosSh("postgres", "stop");
    }

    void startPostgres() throws IOException, InterruptedException {
        chaosSh("postgres", "start");
    }

    /** The SMTP server goes away: connections are refused until {@link #startSmtp}. */
    synchronized void stopSmtp() {
        // read before the stop (a stopped GreenMail no longer answers for all it got) and after it, for a message
        // that arrived in between; the second read adds only what the first did not have
        List<Mail> before = mails(smtp);
        smtp.stop();
        Set<String> seen = new HashSet<>();
        before.forEach(mail -> seen.add(mail.messageId()));
        delivered.addAll(before);
        for (Mail late : mails(smtp)) {
            if (late.messageId() != null && seen.add(late.messageId())) {
                delivered.add(late);
            }
        }
        smtp = null;
    }

    synchronized void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** Every e-mail received since the start, across SMTP restarts. */
    synchronized List<Mail> mailbox() {
        List<Mail> all = new ArrayList<>(delivered);
        if (smtp != null) {
            all.addAll(mails(smtp));
        }
        return all;
    }

    private static List<Mail> mails(GreenMail server) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                mails.add(new Mail(message.getMessageID(), message.getAllRecipients()[0].toString(),
                        message.getSubject(), GreenMailUtil.getBody(message)));
            } catch (MessagingException e) {
                throw new IllegalStateException("an e-mail the mailbox cannot read", e);
            }
        }
        return mails;
    }

    private void chaosSh(String... arguments) throws IOException, InterruptedException {
        Scripts.finish(Scripts.start("chaos", PORTS, CHAOS_SH, arguments));
    }

    @Override
    public synchronized void close() {
        if (smtp != null) {
            smtp.stop();
        }
        try {
            chaosSh("stop");
        } catch (IOException | AssertionError e) {
            System.err.println("stopping the chaos infrastructure: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
