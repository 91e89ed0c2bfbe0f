package com.example.fulfillment.systemtest;

import java.nio.file.Path;

/**
 * Where a {@link RunningStack} runs: its services' ports (each one's port in deploy/services.txt plus portOffset),
 * the directory of their logs and pid files, the broker and the PostgreSQL server they use, the suffix of their
 * databases' names, the saga topic (null: the services' own default), and whether a second inventory-service runs
 * beside the first. tag: how deploy/lib/process.sh tags what it prints about them.
 */
record Placement(String tag, int portOffset, Path logDir, String kafka, String dbHost, String dbPort,
        String databaseSuffix, String topic, boolean inventoryTwin) {

    /** The shared stack of the system tests, on the infrastructure deploy/infra.sh started (or the environment names). */
    static Placement systemTests() {
        return new Placement("system-test", RunningStack.PORT_OFFSET,
                RunningStack.REPO_ROOT.resolve("system-tests/target/system-test-logs"),
                env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"), env("DB_HOST", "localhost"), env("DB_PORT", "5432"),
                "_system", "fulfillment.saga-events.system-test-" + System.currentTimeMillis(), true);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
