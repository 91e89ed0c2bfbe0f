package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.example.fulfillment.systemtest.RunningStack.Service;

/**
 * The instances of a stack's services as processes of this machine, each a JVM of its packaged target/quarkus-app,
 * started, waited for, signalled and stopped by deploy/lib/process.sh as deploy/stack.sh does it. An instance is
 * known by its name: the module's, or another for a second instance of the same service.
 */
final class ServiceInstances implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Path PROCESS_SH = RunningStack.REPO_ROOT.resolve("deploy/lib/process.sh");

    private final String tag;
    /** Each instance's log and pid file: <logDir>/<name>.log and .pid (see deploy/lib/process.sh). */
    private final Path logDir;
    /** The instances started, by name. */
    private final Map<String, Service> instances = new LinkedHashMap<>();

    ServiceInstances(String tag, Path logDir) {
        this.tag = tag;
        this.logDir = logDir;
    }

    /**
     * Starts an instance of the service in the background with these system properties (its previous log, e.g. the
     * one before a crash, is kept as .log.1).
     */
    void launch(Service service, String name, int port, List<String> systemProperties)
            throws IOException, InterruptedException {
        Path app = RunningStack.REPO_ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>(List.of("start", "-C",
                RunningStack.REPO_ROOT.resolve(service.module).toString(), handle(name), "on port " + port,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        systemProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", app.toString()));
        instances.put(name, service);
        processSh(command.toArray(String[]::new));
    }

    /** Until /q/health/ready answers 200; fails with the end of the log if the instance exits or takes too long. */
    void awaitReady(String name, int port) throws IOException, InterruptedException {
        processSh("wait", handle(name), String.valueOf(READY_TIMEOUT.toSeconds()), "at http://localhost:" + port,
                "http_ok", String.valueOf(port), "/q/health/ready");
    }

    /** Sends the signal (TERM, KILL) and waits until the instance is gone; SIGKILL after 20 s of TERM. */
    void stop(String name, String signal) throws IOException, InterruptedException {
        processSh("stop", handle(name), instances.get(name).module, signal);
    }

    /** Sends the signal and returns at once: STOP freezes the JVM, CONT thaws it. */
    void signal(String name, String signal) throws IOException, InterruptedException {
        String pid = Files.readString(Path.of(handle(name) + ".pid")).strip();
        Process kill = new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true).start();
        String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + name + " (pid " + pid + "): " + output.strip());
        }
    }

    String logOf(String name) {
        try {
            return Files.readString(logDir.resolve(name + ".log"));
        } catch (IOException e) {
            return "";
        }
    }

    private String handle(String name) {
        return logDir.resolve(name).toString();
    }

    private void processSh(String... arguments) throws IOException, InterruptedException {
        Scripts.run(tag, PROCESS_SH, arguments);
    }

    /** Stops every instance at once: SIGTERM, and SIGKILL for one still running after 20 s. */
    @Override
    public void close() {
        List<Process> stops = new ArrayList<>();
        for (Map.Entry<String, Service> instance : instances.entrySet()) {
            try {
                stops.add(Scripts.start(tag, PROCESS_SH, "stop", handle(instance.getKey()), instance.getValue().module));
            } catch (IOException e) {
                System.err.println("could not stop " + instance.getKey() + ": " + e.getMessage());
            }
        }
        for (Process stop : stops) {
            try {
                Scripts.finish(stop);
            } catch (IOException | AssertionError e) {
                System.err.println("stopping a service of the system test: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
