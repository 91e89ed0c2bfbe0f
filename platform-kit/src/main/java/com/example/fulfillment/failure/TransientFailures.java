package com.example.fulfillment.failure;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure that will pass by itself (the database or the broker is away for a while, a lock could not be had,
 * a transaction lost a serialization race) from one that will fail the same way every time. The event bus waits out
 * the first kind without limit and parks only the second; the HTTP edge answers the first with 503 and Retry-After.
 * <p>
 * Written by hand because the signals sit in several libraries' types (JDBC SQL states, Hibernate's and Agroal's
 * wrappers, Kafka's retriable errors, Jakarta Mail's connection failures) and only the cause chain shows which one
 * is meant; classes are matched by name so that platform-kit needs none of those libraries at compile time.
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

    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
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
            for (String name : TRANSIENT_CLASS_NAMES) {
                if (isOrExtends(t.getClass(), name)) {
                    return true;
                }
            }
            if (t.getMessage() != null && t.getMessage().contains("Unable to acquire JDBC Connection")) {
                return true;
            }
        }
        return false;
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
