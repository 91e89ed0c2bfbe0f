package com.example.fulfillment.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;

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

    /**
     * Narayana reports a commit the database could not complete (it went away between the last statement and the
     * commit) as its own exception, with the resource's XAException and its SQL cause attached as suppressed.
     */
    @Test
    void aCommitTheDatabaseCouldNotCompleteIsTransient() {
        XAException resourceError = new XAException(XAException.XAER_RMERR);
        resourceError.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(resourceError);
        assertTrue(TransientFailures.isTransient(new IllegalStateException("commit failed", rollback)));

        HeuristicMixedException heuristic = new HeuristicMixedException();
        heuristic.addSuppressed(new XAException(XAException.XAER_RMFAIL));
        assertTrue(TransientFailures.isTransient(heuristic));
    }

    @Test
    void aRuleOrABugFailsTheSameWayEveryTime() {
        assertFalse(TransientFailures.isTransient(new NotPossible("no items")));
        assertFalse(TransientFailures.isTransient(new SQLException("duplicate key", "23505")));
        assertFalse(TransientFailures.isTransient(new NullPointerException()));
        assertFalse(TransientFailures.isTransient(new org.apache.kafka.common.errors.RecordTooLargeException("big")));
        // a commit refused for a reason of its own (a deferred constraint) stays a bug or a rule
        XAException constraint = new XAException(XAException.XAER_RMERR);
        constraint.initCause(new SQLException("violates foreign key constraint", "23503"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(constraint);
        assertFalse(TransientFailures.isTransient(rollback));
    }
}
