package com.example.fulfillment.eventbus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What this service's topic settings must agree on, and what an existing topic must have, as plain functions: the
 * start-up (EventTopics) applies them, and they are tested without a broker or an application.
 */
public final class TopicRules {

    public static final String DEDUP_WINDOW = "fulfillment.events.housekeeping.processed-event-retention";
    public static final String SAGA_PARTITIONS = "fulfillment.events.topics.partitions";
    public static final String SAGA_RETENTION = "fulfillment.events.topics.saga-retention";
    public static final String DEAD_LETTER_PARTITIONS = "fulfillment.events.topics.dead-letter-partitions";
    public static final String DEAD_LETTER_RETENTION = "fulfillment.events.topics.dead-letter-retention";
    public static final String BROKER_TIMEOUT = "fulfillment.events.topics.broker-timeout";
    /** Kafka's retention.ms for "never delete". */
    public static final long FOREVER = -1;

    /** One topic as this service declares it. */
    public record Declared(String name, boolean saga, int partitions, Duration retention) {
    }

    /** What to do about a topic that exists: refuse (a contradiction), raise its retention, and what to note. */
    public record Verdict(String contradiction, boolean raiseRetention, List<String> notes) {
    }

    private TopicRules() {
    }

    /** The settings that contradict each other or make no sense, each naming its settings; empty when they agree. */
    public static List<String> contradictions(Duration dedupWindow, Duration deadLetterRetention, int sagaPartitions,
            int deadLetterPartitions, Duration sagaRetention) {
        List<String> contradictions = new ArrayList<>();
        if (deadLetterRetention.compareTo(dedupWindow) < 0) {
            contradictions.add(DEAD_LETTER_RETENTION + " (" + describe(deadLetterRetention) + ") is shorter than the"
                    + " dedup window " + DEDUP_WINDOW + " (" + describe(dedupWindow) + "): the broker would delete"
                    + " dead letters whose events can still be redelivered and retried; raise the first or lower"
                    + " the second");
        }
        if (sagaPartitions < 1) {
            contradictions.add(SAGA_PARTITIONS + " is " + sagaPartitions + ": a topic needs a partition at least");
        }
        if (deadLetterPartitions < 1) {
            contradictions.add(DEAD_LETTER_PARTITIONS + " is " + deadLetterPartitions
                    + ": a topic needs a partition at least");
        }
        if (sagaRetention.isNegative() || sagaRetention.isZero()) {
            contradictions.add(SAGA_RETENTION + " is " + describe(sagaRetention) + ": the broker would keep nothing");
        }
        return contradictions;
    }

    /** The verdict on a topic that already exists with these partitions and this retention.ms (-1: forever). */
    public static Verdict check(Declared declared, int partitions, long retentionMs) {
        List<String> notes = new ArrayList<>();
        if (!declared.saga()) {
            if (partitions < declared.partitions()) {
                notes.add(declared.name() + " has " + partitions + " partition(s), fewer than the "
                        + declared.partitions() + " of " + DEAD_LETTER_PARTITIONS + "; it works as it is");
            }
            return new Verdict(null, !keepsAtLeast(retentionMs, declared.retention()), notes);
        }
        if (partitions < declared.partitions()) {
            return new Verdict("the saga topic " + declared.name() + " has " + partitions + " partition(s), fewer than"
                    + " the " + declared.partitions() + " of " + SAGA_PARTITIONS + ". Partitions are not added at"
                    + " start-up: order ids would move to other partitions, and their events could be read out of"
                    + " order. Set " + SAGA_PARTITIONS + "=" + partitions + ", or recreate the topic (or add"
                    + " partitions by hand while no order is in flight)", false, notes);
        }
        if (partitions > declared.partitions()) {
            notes.add(declared.name() + " has " + partitions + " partitions, more than the " + declared.partitions()
                    + " of " + SAGA_PARTITIONS + ": fine, more instances can share it");
        }
        if (retentionMs != declared.retention().toMillis()) {
            notes.add(declared.name() + " keeps records for " + describe(retentionMs) + " while " + SAGA_RETENTION
                    + " says " + describe(declared.retention()) + "; left as it is, as every service shares the topic"
                    + " (change retention.ms on the topic itself)");
        }
        return new Verdict(null, false, notes);
    }

    /** The case to warn about: the broker can redeliver a record after its id has left the dedup window. */
    public static boolean sagaOutlivesDedupWindow(long retentionMs, Duration dedupWindow) {
        return retentionMs == FOREVER || retentionMs > dedupWindow.toMillis();
    }

    /** What the saga topic's retention means for a redelivery, given the dedup window; for the start-up log. */
    public static String sagaRetentionMeaning(String topic, long retentionMs, Duration dedupWindow) {
        String kept = topic + " keeps records for " + describe(retentionMs);
        String window = "the dedup window (" + DEDUP_WINDOW + "=" + describe(dedupWindow) + ")";
        if (sagaOutlivesDedupWindow(retentionMs, dedupWindow)) {
            return kept + ", longer than " + window + ": a consumer group reset to the beginning would redeliver"
                    + " events whose processed-event ids are purged already, and their reactions would run again";
        }
        return kept + ", within " + window + ": whatever the broker can still redeliver, even after a consumer group"
                + " reset, is recognised as processed";
    }

    public static boolean keepsAtLeast(long retentionMs, Duration wanted) {
        return retentionMs == FOREVER || retentionMs >= wanted.toMillis();
    }

    public static String describe(long retentionMs) {
        return retentionMs == FOREVER ? "ever" : describe(Duration.ofMillis(retentionMs));
    }

    /** In the settings' own notation (30d, 12h, 90s), not ISO-8601's PT720H. */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis != 0 && millis % Duration.ofDays(1).toMillis() == 0) {
            return duration.toDays() + "d";
        }
        if (millis != 0 && millis % Duration.ofHours(1).toMillis() == 0) {
            return duration.toHours() + "h";
        }
        if (millis != 0 && millis % 1000 == 0) {
            return duration.toSeconds() + "s";
        }
        return millis + "ms";
    }
}
