package com.example.fulfillment.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import com.example.fulfillment.domain.NotPossible;

class TransientFailuresTest {

    @Test
    void aDatabaseOrNetworkThatIsAwayForAWhileIsTransient() {
        assertTrue(TransientFailures.isTransient(new RuntimeException("wrapped",
                new SQLException("connection refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailures.isTransient(new SQLException("lock not available", "55P03")));
        assertTrue(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(TransientFailures.isTransient(new IllegalStateException(new SQLException(
                "Acquisition timeout while waiting for new connection"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(TransientFailures.isTransient(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("x")));
    }

    @Test
    void aRuleOrABugFailsTheSameWayEveryTime() {
        assertFalse(TransientFailures.isTransient(new NotPossible("no items")));
        assertFalse(TransientFailures.isTransient(new SQLException("duplicate key", "23505")));
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
        assertFalse(TransientFailures.isTransient(new org.apache.kafka.common.errors.RecordTooLargeException("big")));
    }
}
