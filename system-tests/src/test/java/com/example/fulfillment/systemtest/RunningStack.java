package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The five packaged services, each started as its own JVM from its target/quarkus-app, on ports of their own
 * (18081..18085), with fresh databases (<service>_system) and a saga topic of this run's own, against the broker
 * and PostgreSQL that deploy/infra.sh started. Nothing in it is a stand-in: it is the stack a user runs.
 */
final class RunningStack implements AutoCloseable {

    enum Service {
        ORDER("order-service", 18081), INVENTORY("inventory-service", 18082), BILLING("billing-service", 18083),
        SHIPPING("shipping-service", 18084), NOTIFICATION("notification-service", 18085);

        final String module;
        final int port;

        Service(String module, int port) {
            this.module = module;
            this.port = port;
        }

        String database() {
            return module.replace('-', '_') + "_system";
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /**
     * inventory-service runs twice, as it would scaled out: a second instance on this port shares the first one's
     * database and consumer group, so the saga topic's partitions are split between them, and ops may call either.
     */
    static final int INVENTORY_TWIN_PORT = 18086;
    static final String INVENTORY_TWIN_URL = "http://localhost:" + INVENTORY_TWIN_PORT;

    private final Path repoRoot = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    private final Path logDir = repoRoot.resolve("system-tests/target/system-test-logs");
    private final String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    private final String dbHost = env("DB_HOST", "localhost");
    private final String dbPort = env("DB_PORT", "5432");
    private final String dbUser = env("DB_USER", "postgres");
    private final String dbPassword = env("DB_PASSWORD", "postgres");
    private final String topic = "fulfillment.saga-events.system-test-" + System.currentTimeMillis();
    /** Running processes by instance name: the service's module name, or the module name with "-2" for the twin. */
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private int smtpPort;
    private Map<String, String> settings = Map.of();

    /**
     * The settings every system test runs with. Each gate decides by rule, so that a test picks its path by the
     * order it places: up to 10 items pass Order Verification by policy, more wait for a person; STANDARD and
     * EXPRESS pass Shipment Details, SAME_DAY waits; on-time tracking updates are confirmed, delays and issues
     * wait. Same-day orders are accepted until 23:59, so that the tests do not depend on the time of day.
     */
    static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("approvals.order-verification.policy", "RULE"),
            Map.entry("approvals.order-verification.max-automatic-quantity", "10"),
            Map.entry("approvals.shipment-details.policy", "RULE"),
            Map.entry("approvals.tracking-confirmation.policy", "RULE"),
            Map.entry("orders.same-day.cutoff", "23:59"),
            Map.entry("shipping.webhooks.easypost.secret", Carriers.EASYPOST_SECRET),
            Map.entry("shipping.webhooks.aftership.secret", Carriers.AFTERSHIP_SECRET),
            Map.entry("shipping.webhooks.shippo.token", Carriers.SHIPPO_TOKEN),
            Map.entry("shipping.webhooks.plain.secret", Carriers.PLAIN_SECRET));

    private static RunningStack shared;
    private static GreenMail sharedMailbox;

    /**
     * The one stack of this test run, started by the first test class that asks and stopped when the JVM ends:
     * five JVMs take a while to start on two cores, so the system tests share them, each with orders of its own.
     */
    static synchronized RunningStack shared() throws Exception {
        if (shared == null) {
            sharedMailbox = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            sharedMailbox.start();
            shared = start(sharedMailbox.getSmtp().getPort(), SETTINGS);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.close();
                sharedMailbox.stop();
            }, "system-test-stack-shutdown"));
        }
        return shared;
    }

    /** The SMTP server the shared stack's notification-service sends to. */
    static GreenMail mailbox() {
        return sharedMailbox;
    }

    /** Starts all five with the given extra settings (system properties, e.g. an approval policy) and waits until ready. */
    static RunningStack start(int smtpPort, Map<String, String> settings) throws Exception {
        RunningStack stack = new RunningStack();
        stack.smtpPort = smtpPort;
        stack.settings = settings;
        try {
            stack.recreateDatabases();
            for (Service service : Service.values()) {
                stack.launch(service, service.module, service.port);
            }
            stack.launch(Service.INVENTORY, twinName(), INVENTORY_TWIN_PORT);
            for (Service service : Service.values()) {
                stack.awaitReady(service.module, service.url());
            }
            stack.awaitReady(twinName(), INVENTORY_TWIN_URL);
            return stack;
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    private void recreateDatabases() throws SQLException {
        String url = "jdbc:postgresql://" + dbHost + ":" + dbPort + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            for (Service service : Service.values()) {
                statement.execute("drop database if exists " + service.database() + " with (force)");
                statement.execute("create database " + service.database());
            }
        }
    }

    /**
     * Kills the service as a power cut or the kernel's OOM killer would (SIGKILL: no shutdown hook, no last
     * commit or offset), then starts it again on the same database and topic and waits until it is ready.
     */
    void crashAndRestart(Service service) throws IOException, InterruptedException {
        Process process = processes.get(service.module);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(service.module + " did not die from SIGKILL within 30 s");
        }
        launch(service, service.module, service.port);
        awaitReady(service.module, service.url());
    }

    private static String twinName() {
        return Service.INVENTORY.module + "-2";
    }

    private void launch(Service service, String name, int port) throws IOException {
        Path app = repoRoot.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: package the services first (./mvnw verify does)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        if (!processes.containsKey(name)) {
            Files.deleteIfExists(log); // an earlier run's log
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + service.database(),
                "-Dquarkus.datasource.username=" + dbUser,
                "-Dquarkus.datasource.password=" + dbPassword,
                "-Dkafka.bootstrap.servers=" + kafka,
                "-Dfulfillment.events.topic=" + topic,
                "-Dquarkus.mailer.host=127.0.0.1",
                "-Dquarkus.mailer.port=" + smtpPort));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", app.toString()));
        Process process = new ProcessBuilder(command)
                .directory(repoRoot.resolve(service.module).toFile())
                .redirectErrorStream(true)
                // appended, so that the log of a restarted service still shows what happened before the crash
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        processes.put(name, process);
    }

    private void awaitReady(String name, String url) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(name);
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; see "
                        + logDir.resolve(name + ".log"));
            }
            if (isReady(url)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " not ready within " + READY_TIMEOUT.toSeconds() + " s; see "
                + logDir.resolve(name + ".log"));
    }

    private static boolean isReady(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + "/q/health/ready").toURL()
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The broker this stack's services use, and the saga topic of this run. */
    String kafkaBootstrapServers() {
        return kafka;
    }

    String sagaTopic() {
        return topic;
    }

    String logOf(Service service) {
        try {
            return Files.readString(logDir.resolve(service.module + ".log"));
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
