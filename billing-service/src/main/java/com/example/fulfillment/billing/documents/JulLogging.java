package com.example.fulfillment.billing.documents;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/** Hands openhtmltopdf's log lines to java.util.logging, which Quarkus routes into its own log. */
final class JulLogging implements XRLogger {

    /**
     * openhtmltopdf asks whether a level is on many times per document, and JBoss LogManager makes a new Logger
     * object for every {@code Logger.getLogger}: the profile put that at 3 % of billing's CPU. Its categories are a
     * few fixed names, so each is looked up once; a Logger reads its level when asked, so changes still apply.
     */
    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

    private Logger logger(String where) {
        return loggers.computeIfAbsent(where, Logger::getLogger);
    }

    @Override
    public void log(String where, Level level, String message) {
        logger(where).log(level, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        logger(where).log(level, message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration to decide, not the library's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return logger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
