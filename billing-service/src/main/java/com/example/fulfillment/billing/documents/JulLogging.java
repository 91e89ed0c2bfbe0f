package com.example.fulfillment.billing.documents;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/** Hands openhtmltopdf's log lines to java.util.logging, which Quarkus routes into its own log. */
final class JulLogging implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(level, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(level, message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration to decide, not the library's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
