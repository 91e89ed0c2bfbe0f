package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.eventbus.TopicRules.Declared;
import com.example.fulfillment.eventbus.TopicRules.Verdict;

/** The checks the start-up applies to the topic settings and to topics that exist, without a broker. */
class TopicRulesTest {

    private static final Duration DEDUP_WINDOW = Duration.ofDays(30);
    private static final Declared SAGA = new Declared("saga", true, 3, Duration.ofDays(7));
    private static final Declared DEAD_LETTERS = new Declared("saga.svc.dead-letter", false, 3, Duration.ofDays(30));

    @Test
    void deadLettersKeptShorterThanTheDedupWindowRefuseTheStartNamingBothSettings() {
        List<String> contradictions = TopicRules.contradictions(DEDUP_WINDOW, Duration.ofDays(7), 3, 3,
                Duration.ofDays(7));

        assertEquals(1, contradictions.size(), contradictions.toString());
        String contradiction = contradictions.get(0);
        assertTrue(contradiction.contains("fulfillment.events.topics.dead-letter-retention (7d)"), contradiction);
        assertTrue(contradiction.contains("fulfillment.events.housekeeping.processed-event-retention (30d)"),
                contradiction);
    }

    @Test
    void deadLettersKeptAsLongAsTheDedupWindowOrLongerAgree() {
        assertEquals(List.of(), TopicRules.contradictions(DEDUP_WINDOW, DEDUP_WINDOW, 3, 3, Duration.ofDays(7)));
        assertEquals(List.of(), TopicRules.contradictions(DEDUP_WINDOW, Duration.ofDays(90), 1, 1, Duration.ofDays(60)));
    }

    @Test
    void partitionsAndASagaRetentionThatMakeNoSenseAreNamed() {
        List<String> contradictions = TopicRules.contradictions(DEDUP_WINDOW, DEDUP_WINDOW, 0, -1, Duration.ZERO);

        assertEquals(3, contradictions.size(), contradictions.toString());
        assertTrue(contradictions.get(0).startsWith(TopicRules.SAGA_PARTITIONS));
        assertTrue(contradictions.get(1).startsWith(TopicRules.DEAD_LETTER_PARTITIONS));
        assertTrue(contradictions.get(2).startsWith(TopicRules.SAGA_RETENTION));
    }

    @Test
    void aSagaTopicWithFewerPartitionsThanDeclaredIsAContradictionAndMoreAreFine() {
        Verdict fewer = TopicRules.check(SAGA, 1, Duration.ofDays(7).toMillis());
        assertNotNull(fewer.contradiction());
        assertTrue(fewer.contradiction().contains("1 partition(s), fewer than the 3 of " + TopicRules.SAGA_PARTITIONS),
                fewer.contradiction());

        Verdict more = TopicRules.check(SAGA, 6, Duration.ofDays(7).toMillis());
        assertNull(more.contradiction());
        assertFalse(more.raiseRetention());
        assertEquals(1, more.notes().size());
    }

    @Test
    void theSagaTopicsRetentionIsNotedWhenItDiffersButNeverChanged() {
        Verdict verdict = TopicRules.check(SAGA, 3, Duration.ofDays(1).toMillis());

        assertNull(verdict.contradiction());
        assertFalse(verdict.raiseRetention(), "every service shares the saga topic: none changes its retention");
        assertTrue(verdict.notes().get(0).contains("keeps records for 1d while " + TopicRules.SAGA_RETENTION
                + " says 7d"), verdict.notes().toString());
        assertEquals(List.of(), TopicRules.check(SAGA, 3, Duration.ofDays(7).toMillis()).notes());
    }

    @Test
    void aDeadLetterTopicKeptTooBrieflyHasItsRetentionRaisedAndOneKeptLongerOrForeverIsLeftAlone() {
        assertTrue(TopicRules.check(DEAD_LETTERS, 3, Duration.ofDays(7).toMillis()).raiseRetention());
        assertFalse(TopicRules.check(DEAD_LETTERS, 3, Duration.ofDays(30).toMillis()).raiseRetention());
        assertFalse(TopicRules.check(DEAD_LETTERS, 3, Duration.ofDays(365).toMillis()).raiseRetention());
        assertFalse(TopicRules.check(DEAD_LETTERS, 3, TopicRules.FOREVER).raiseRetention());
        Verdict fewerPartitions = TopicRules.check(DEAD_LETTERS, 1, Duration.ofDays(30).toMillis());
        assertNull(fewerPartitions.contradiction(), "dead letters work with any number of partitions");
        assertEquals(1, fewerPartitions.notes().size());
    }

    @Test
    void aSagaTopicKeptLongerThanTheDedupWindowIsTheCaseToWarnAbout() {
        assertFalse(TopicRules.sagaOutlivesDedupWindow(Duration.ofDays(7).toMillis(), DEDUP_WINDOW));
        assertFalse(TopicRules.sagaOutlivesDedupWindow(DEDUP_WINDOW.toMillis(), DEDUP_WINDOW));
        assertTrue(TopicRules.sagaOutlivesDedupWindow(Duration.ofDays(31).toMillis(), DEDUP_WINDOW));
        assertTrue(TopicRules.sagaOutlivesDedupWindow(TopicRules.FOREVER, DEDUP_WINDOW));

        assertTrue(TopicRules.sagaRetentionMeaning("saga", TopicRules.FOREVER, DEDUP_WINDOW)
                .contains("reactions would run again"));
        assertTrue(TopicRules.sagaRetentionMeaning("saga", Duration.ofDays(7).toMillis(), DEDUP_WINDOW)
                .contains("recognised as processed"));
    }

    @Test
    void durationsReadAsTheSettingsWriteThem() {
        assertEquals("30d", TopicRules.describe(Duration.ofDays(30)));
        assertEquals("36h", TopicRules.describe(Duration.ofHours(36)));
        assertEquals("90s", TopicRules.describe(Duration.ofSeconds(90)));
        assertEquals("1500ms", TopicRules.describe(Duration.ofMillis(1500)));
        assertEquals("ever", TopicRules.describe(TopicRules.FOREVER));
    }
}
