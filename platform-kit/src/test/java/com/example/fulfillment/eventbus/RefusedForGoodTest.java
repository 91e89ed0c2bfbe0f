package com.example.fulfillment.eventbus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletionException;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

/** Which failed sends the relay sets aside: only what the broker refuses for the record itself. */
class RefusedForGoodTest {

    @Test
    void aRecordTheBrokerRefusesWhateverTheRetryIsRefusedForGood() {
        assertTrue(OutboxRelay.refusedForGood(new RecordTooLargeException("The message is 1200000 bytes")));
        assertTrue(OutboxRelay.refusedForGood(new InvalidTopicException("bad name")));
        assertTrue(OutboxRelay.refusedForGood(new CompletionException(new RecordTooLargeException("wrapped"))));
    }

    @Test
    void aBrokerThatIsAwayOrATopicNotThereYetIsWaitedFor() {
        assertFalse(OutboxRelay.refusedForGood(new TimeoutException("Expiring 3 record(s)")));
        assertFalse(OutboxRelay.refusedForGood(new NotLeaderOrFollowerException("moving")));
        assertFalse(OutboxRelay.refusedForGood(new UnknownTopicOrPartitionException("not there yet")));
    }

    @Test
    void aFailureThatIsNotTheBrokersAnswerNeverSetsARowAside() {
        // the channel closing while the service stops, or a saturated emitter: the row is sent again later
        assertFalse(OutboxRelay.refusedForGood(new IllegalStateException("SRMSG00034: Insufficient downstream requests")));
        assertFalse(OutboxRelay.refusedForGood(new org.apache.kafka.common.KafkaException("Producer closed")));
    }
}
