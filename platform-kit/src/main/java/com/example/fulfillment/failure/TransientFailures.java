package com.example.fulfillment.failure;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.transaction.xa.XAException;

/**
 * Tells a failure that will pass by itself (the database or the broker is away for a while, a lock could not be had,
 * a transaction lost a serialization race) from one that will fail the same way every time. The event bus waits out
 * the first kind without limit and parks only the second; the HTTP edge answers the first with 503 and Retry-After.
 * <p>
 * Written by hand because the signals sit in several libraries' types (JDBC SQL states, Hibernate's and Agroal's
 * wrappers, Kafka's retriable errors, Jakarta Mail's connection failures, the transaction manager's commit failures)
 * and only the causes (and what was suppressed along them) show which one is meant; classes are matched by name so that platform-kit needs none of those libraries at compile time.
 */
public final class TransientFailures {

    /** SQL state classes and codes that mean "try again later": connection (08), serialization and deadlock,
     *  lock not available, and the server shutting down or not yet up (57P01..57P03). */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03", "57P01", "57P02",
            "57P03", "53300");
    private static final Set<String> TRANSIENT_CLASS_NAMES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.DisconnectException",
            // Jakarta Mail: the SMTP server could not be reached (its cause, a ConnectException, is matched too)
            "org.eclipse.angus.mail.util.MailConnectException",
            "com.sun.mail.util.MailConnectException");

    private TransientFailures() {
    }

    /**
     * Looks at the failure, its causes and what was suppressed along the way: a transaction manager reports a
     * failed commit as its own exception (RollbackException, HeuristicMixedException) with the resource's error, and
     * the SQL state behind it, attached as suppressed rather than as the cause.
     */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        Deque<Throwable> toLookAt = new ArrayDeque<>();
        if (failure != null) {
            toLookAt.add(failure);
        }
        while (!toLookAt.isEmpty()) {
            Throwable t = toLookAt.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isTransientItself(t)) {
                return true;
            }
            if (t.getCause() != null) {
                toLookAt.add(t.getCause());
            }
            toLookAt.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean isTransientItself(Throwable t) {
        if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof SocketException
                || t instanceof SQLTransientException) {
            return true;
        }
        if (t instanceof SQLException sql && transientSqlState(sql.getSQLState())) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && mentionsAcquisition(sql)) {
            return true; // Agroal: no connection could be had from the pool within its acquisition timeout
        }
        if (t instanceof XAException xa && xa.errorCode == XAException.XAER_RMFAIL) {
            return true; // the transaction manager could not reach the database to end the transaction
        }
        for (String name : TRANSIENT_CLASS_NAMES) {
            if (isOrExtends(t.getClass(), name)) {
                return true;
            }
        }
        return t.getMessage() != null && t.getMessage().contains("Unable to acquire JDBC Connection");
    }

    private static boolean transientSqlState(String state) {
        return state != null && (state.startsWith("08") || TRANSIENT_SQL_STATES.contains(state));
    }

    private static boolean mentionsAcquisition(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("acquisition timeout") || message.contains("connection is closed");
    }

    private static boolean isOrExtends(Class<?> type, String className) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
