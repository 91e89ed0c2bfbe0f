package com.example.fulfillment.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a script of deploy/ as a command, as a person would: deploy/lib/process.sh (start, wait for and stop a
 * service) and deploy/chaos.sh (the chaos test's own infrastructure). What it prints goes to the test's output,
 * each line tagged as the script tags it; a script that fails is an AssertionError with what it printed.
 */
final class Scripts {

    private Scripts() {
    }

    /** Starts the script; {@link #finish} waits for it. tag: PROC_TAG, the [tag] of every line it prints. */
    static Process start(String tag, Path script, String... arguments) throws IOException {
        return start(tag, Map.of(), script, arguments);
    }

    /** environment: variables the script reads besides PROC_TAG, e.g. the ports of deploy/chaos.sh. */
    static Process start(String tag, Map<String, String> environment, Path script, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PROC_TAG", tag);
        return builder.start();
    }

    /** Returns once the script is done; an AssertionError with what it printed if it failed. */
    static void finish(Process script) throws IOException, InterruptedException {
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = script.waitFor();
        System.out.print(output);
        if (exit != 0) {
            throw new AssertionError(output.strip());
        }
    }

    static void run(String tag, Path script, String... arguments) throws IOException, InterruptedException {
        finish(start(tag, script, arguments));
    }
}
