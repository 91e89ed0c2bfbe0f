package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The five packaged services, each started as its own JVM from its target/quarkus-app, on ports of their own
 * (each one's port in deploy/services.txt plus {@value #PORT_OFFSET}: 18081..18085), with fresh databases
 * (<database>_system) and a saga topic of this run's own, against the broker and PostgreSQL that deploy/infra.sh
 * started. Nothing in it is a stand-in: it is the stack a user runs, started, waited for and stopped by
 * deploy/lib/process.sh as deploy/stack.sh starts it.
 */
final class RunningStack implements AutoCloseable {

    static final Path REPO_ROOT = Listed.REPO_ROOT;
    /** Added to each service's port, so that the system tests run beside a developer's stack.sh stack. */
    static final int PORT_OFFSET = 10000;

    /** A service as deploy/services.txt, the one list of the services, has it. */
    record Listed(String module, int port, String database) {

        // here rather than in RunningStack, whose own static fields read ALL: no circle between the two initialisers
        static final Path REPO_ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        static final List<Listed> ALL = read(REPO_ROOT.resolve("deploy/services.txt"));

        static Listed of(String module) {
            return ALL.stream().filter(listed -> listed.module.equals(module)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("deploy/services.txt does not list " + module));
        }

        /** Columns separated by spaces: module, port, database, and the rest of the line (for stack.sh). */
        private static List<Listed> read(Path file) {
            try {
                return Files.readAllLines(file).stream()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.split("\\s+", 4))
                        .map(columns -> new Listed(columns[0], Integer.parseInt(columns[1]), columns[2]))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The services the tests talk to by name; DeploymentDescriptorsTest holds them to deploy/services.txt. */
    enum Service {
        ORDER, INVENTORY, BILLING, SHIPPING, NOTIFICATION;

        /** The Maven module, the service's name everywhere: ORDER is order-service. */
        final String module = name().toLowerCase(Locale.ROOT) + "-service";
        final int port = PORT_OFFSET + Listed.of(module).port();

        String database() {
            return Listed.of(module).database() + "_system";
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Path PROCESS_SH = REPO_ROOT.resolve("deploy/lib/process.sh");

    /**
     * inventory-service runs twice, as it would scaled out: a second instance on this port (the one after the
     * last service's) shares the first one's database and consumer group, so the saga topic's partitions are split
     * between them, and ops may call either.
     */
    static final int INVENTORY_TWIN_PORT =
            PORT_OFFSET + Listed.ALL.stream().mapToInt(Listed::port).max().orElseThrow() + 1;
    static final String INVENTORY_TWIN_URL = "http://localhost:" + INVENTORY_TWIN_PORT;

    /** Each instance's log and pid file: system-test-logs/<instance>.log and .pid (see deploy/lib/process.sh). */
    private final Path logDir = REPO_ROOT.resolve("system-tests/target/system-test-logs");
    private final String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    private final String dbHost = env("DB_HOST", "localhost");
    private final String dbPort = env("DB_PORT", "5432");
    private final String dbUser = env("DB_USER", "postgres");
    private final String dbPassword = env("DB_PASSWORD", "postgres");
    private final String topic = "fulfillment.saga-events.system-test-" + System.currentTimeMillis();
    /** The instances started, by name: the service's module name, or the module name with "-2" for the twin. */
    private final Map<String, Service> instances = new LinkedHashMap<>();
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
                stack.awaitReady(service.module, service.port);
            }
            stack.awaitReady(twinName(), INVENTORY_TWIN_PORT);
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
        processSh("stop", handle(service.module), service.module, "KILL");
        launch(service, service.module, service.port);
        awaitReady(service.module, service.port);
    }

    private static String twinName() {
        return Service.INVENTORY.module + "-2";
    }

    /**
     * Starts an instance of the service in the background (its previous log, e.g. the one before a crash, is kept
     * as .log.1).
     */
    private void launch(Service service, String name, int port) throws IOException, InterruptedException {
        Path app = REPO_ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>(List.of("start", "-C", REPO_ROOT.resolve(service.module).toString(),
                handle(name), "on port " + port,
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
        instances.put(name, service);
        processSh(command.toArray(String[]::new));
    }

    /** Until /q/health/ready answers 200; fails with the end of the log if the instance exits or takes too long. */
    private void awaitReady(String name, int port) throws IOException, InterruptedException {
        processSh("wait", handle(name), String.valueOf(READY_TIMEOUT.toSeconds()), "at http://localhost:" + port,
                "http_ok", String.valueOf(port), "/q/health/ready");
    }

    private String handle(String name) {
        return logDir.resolve(name).toString();
    }

    /** Runs deploy/lib/process.sh with these arguments; it prints what it does, which goes to the test's output. */
    private static Process startProcessSh(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", PROCESS_SH.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PROC_TAG", "system-test");
        return builder.start();
    }

    /** Returns once process.sh is done; an AssertionError with what it printed if it failed. */
    private static void finish(Process processSh) throws IOException, InterruptedException {
        String output = new String(processSh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = processSh.waitFor();
        System.out.print(output);
        if (exit != 0) {
            throw new AssertionError(output.strip());
        }
    }

    private static void processSh(String... arguments) throws IOException, InterruptedException {
        finish(startProcessSh(arguments));
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

    /** Stops every instance at once: SIGTERM, and SIGKILL for one still running after 20 s. */
    @Override
    public void close() {
        List<Process> stops = new ArrayList<>();
        for (Map.Entry<String, Service> instance : instances.entrySet()) {
            try {
                stops.add(startProcessSh("stop", handle(instance.getKey()), instance.getValue().module));
            } catch (IOException e) {
                System.err.println("could not stop " + instance.getKey() + ": " + e.getMessage());
            }
        }
        for (Process stop : stops) {
            try {
                finish(stop);
            } catch (IOException | AssertionError e) {
                System.err.println("stopping a service of the system test: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
