package com.example.fulfillment.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The chaos test's faults, one after the other, each followed by a spell of calm so that the next one hits a saga
 * in full flow again; and the log of when each began and how long it lasted, from the fault to the component being
 * back (a restarted service ready, a broker accepting connections), for the figures.
 */
final class Faults {

    /** A fault and its end: kill and restart, stop, wait and start, freeze, wait and thaw. */
    interface Fault {
        void inject() throws Exception;
    }

    private final long start = System.nanoTime();
    private final Duration calm;
    private final List<String> log = new ArrayList<>();

    Faults(Duration calm) {
        this.calm = calm;
    }

    void inject(String what, Fault fault) throws Exception {
        long began = System.nanoTime();
        say(clock(began) + " " + what);
        fault.inject();
        String entry = clock(began) + " " + what + " (back after " + seconds(System.nanoTime() - began) + ")";
        log.add(entry);
        say(entry);
        calm();
    }

    void calm() throws InterruptedException {
        Thread.sleep(calm.toMillis());
    }

    /** Minutes and seconds since the faults began. */
    String clock() {
        return clock(System.nanoTime());
    }

    private String clock(long nanos) {
        long seconds = Duration.ofNanos(nanos - start).toSeconds();
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    static void say(String line) {
        System.out.println("chaos: " + line);
        System.out.flush();
    }

    @Override
    public String toString() {
        return String.join("; ", log);
    }
}
