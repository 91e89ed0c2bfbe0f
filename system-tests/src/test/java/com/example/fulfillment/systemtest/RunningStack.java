package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
 * deploy/lib/process.sh as deploy/stack.sh starts it. The chaos test runs one of its own elsewhere: see {@link Placement}.
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
        /** In the shared stack of the system tests; a stack elsewhere has {@link RunningStack#port(Service)}. */
        final int port = PORT_OFFSET + Listed.of(module).port();

        String url() {
            return "http://localhost:" + port;
        }
    }

    /**
     * inventory-service runs twice, as it would scaled out: a second instance on this port (the one after the
     * last service's) shares the first one's database and consumer group, so the saga topic's partitions are split
     * between them, and ops may call either.
     */
    static final int INVENTORY_TWIN_PORT =
            PORT_OFFSET + Listed.ALL.stream().mapToInt(Listed::port).max().orElseThrow() + 1;
    static final String INVENTORY_TWIN_URL = "http://localhost:" + INVENTORY_TWIN_PORT;

    private final Placement placement;
    private final String dbUser = Placement.env("DB_USER", "postgres");
    private final String dbPassword = Placement.env("DB_PASSWORD", "postgres");
    /** The instances, by name: the service's module name, or the module name with "-2" for the twin. */
    private final ServiceInstances instances;
    private int smtpPort;
    private Map<String, String> settings = Map.of();

    private RunningStack(Placement placement) {
        this.placement = placement;
        this.instances = new ServiceInstances(placement.tag(), placement.logDir());
    }

    /** The settings every system test runs with: see {@link StackSettings}. */
    static final Map<String, String> SETTINGS = StackSettings.settings();

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
        return start(Placement.systemTests(), smtpPort, settings);
    }

    /** The same, in another place: other ports, another broker and PostgreSQL, logs elsewhere. */
    static RunningStack start(Placement placement, int smtpPort, Map<String, String> settings) throws Exception {
        RunningStack stack = new RunningStack(placement);
        stack.smtpPort = smtpPort;
        stack.settings = settings;
        try {
            stack.recreateDatabases();
            for (Service service : Service.values()) {
                stack.launch(service, service.module, stack.port(service), Map.of());
            }
            if (placement.inventoryTwin()) {
                stack.launch(Service.INVENTORY, twinName(), INVENTORY_TWIN_PORT, Map.of());
            }
            for (Service service : Service.values()) {
                stack.instances.awaitReady(service.module, stack.port(service));
            }
            if (placement.inventoryTwin()) {
                stack.instances.awaitReady(twinName(), INVENTORY_TWIN_PORT);
            }
            return stack;
        } catch (Exception | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    private void recreateDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            for (Service service : Service.values()) {
                statement.execute("drop database if exists " + database(service) + " with (force)");
                statement.execute("create database " + database(service));
            }
        }
    }

    int port(Service service) {
        return placement.portOffset() + Listed.of(service.module).port();
    }

    String url(Service service) {
        return "http://localhost:" + port(service);
    }

    String database(Service service) {
        return Listed.of(service.module).database() + placement.databaseSuffix();
    }

    /** A connection to the service's own database, for a test that counts what the service stored. */
    Connection connect(Service service) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database(service)), dbUser, dbPassword);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + placement.dbHost() + ":" + placement.dbPort() + "/" + database;
    }

    /**
     * Kills the service as a power cut or the kernel's OOM killer would (SIGKILL: no shutdown hook, no last
     * commit or offset), then starts it again on the same database and topic and waits until it is ready.
     */
    void crashAndRestart(Service service) throws IOException, InterruptedException {
        kill(service);
        restart(service);
    }

    /** SIGKILL, as {@link #crashAndRestart}; the service stays down until {@link #restart}. */
    void kill(Service service) throws IOException, InterruptedException {
        instances.stop(service.module, "KILL");
    }

    /** SIGTERM: the service shuts down cleanly (its consumer leaves its group) and stays down until restart. */
    void stop(Service service) throws IOException, InterruptedException {
        instances.stop(service.module, "TERM");
    }

    /** Starts a stopped or killed service again on the same database and topic, and waits until it is ready. */
    void restart(Service service) throws IOException, InterruptedException {
        startAgain(service);
        awaitReady(service);
    }

    /** As {@link #restart}, without waiting: several services can start side by side. */
    void startAgain(Service service) throws IOException, InterruptedException {
        launch(service, service.module, port(service), Map.of());
    }

    /**
     * Stops the service cleanly and starts it again with these settings over the stack's, on the same database
     * and topic; {@code restartWith(service, Map.of())} brings back the stack's own.
     */
    void restartWith(Service service, Map<String, String> overrides) throws IOException, InterruptedException {
        stop(service);
        launch(service, service.module, port(service), overrides);
        awaitReady(service);
    }

    void awaitReady(Service service) throws IOException, InterruptedException {
        instances.awaitReady(service.module, port(service));
    }

    /**
     * SIGSTOP freezes the service's JVM as a paused VM or a minute-long GC would: its sockets stay open and nothing
     * answers, not even its heartbeats to the broker; SIGCONT thaws it.
     */
    void freeze(Service service) throws IOException, InterruptedException {
        instances.signal(service.module, "STOP");
    }

    void thaw(Service service) throws IOException, InterruptedException {
        instances.signal(service.module, "CONT");
    }

    private static String twinName() {
        return Service.INVENTORY.module + "-2";
    }

    /** Starts an instance of the service in the background, with this stack's addresses and settings. */
    private void launch(Service service, String name, int port, Map<String, String> overrides)
            throws IOException, InterruptedException {
        List<String> properties = new ArrayList<>(List.of(
                "quarkus.http.port=" + port,
                "quarkus.datasource.jdbc.url=" + jdbcUrl(database(service)),
                "quarkus.datasource.username=" + dbUser,
                "quarkus.datasource.password=" + dbPassword,
                "kafka.bootstrap.servers=" + placement.kafka(),
                "quarkus.mailer.host=127.0.0.1",
                "quarkus.mailer.port=" + smtpPort));
        if (placement.topic() != null) {
            properties.add("fulfillment.events.topic=" + placement.topic());
        }
        Map<String, String> effective = new java.util.TreeMap<>(settings);
        effective.putAll(overrides);
        effective.forEach((key, value) -> properties.add(key + "=" + value));
        instances.launch(service, name, port, properties);
    }

    /** The broker this stack's services use, and the saga topic of this run. */
    String kafkaBootstrapServers() {
        return placement.kafka();
    }

    /** null: the services' own default, fulfillment.saga-events. */
    String sagaTopic() {
        return placement.topic();
    }

    String logOf(Service service) {
        return instances.logOf(service.module);
    }

    /** Stops every instance at once: SIGTERM, and SIGKILL for one still running after 20 s. */
    @Override
    public void close() {
        instances.close();
    }
}
