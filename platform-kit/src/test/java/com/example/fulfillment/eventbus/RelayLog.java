package com.example.fulfillment.eventbus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What OutboxRelay logs while a test runs (the tests run with JBoss LogManager, which JUL handlers see). */
final class RelayLog extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger(OutboxRelay.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    RelayLog() {
        logger.addHandler(this);
    }

    /** The messages at this level or above that contain the text. */
    List<String> at(Level level, String containing) {
        return records.stream()
                .filter(record -> record.getLevel().intValue() >= level.intValue())
                .map(RelayLog::message)
                .filter(message -> message.contains(containing))
                .toList();
    }

    private static String message(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0) {
            return record.getMessage();
        }
        try {
            return String.format(record.getMessage(), parameters);
        } catch (RuntimeException e) {
            return record.getMessage();
        }
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
