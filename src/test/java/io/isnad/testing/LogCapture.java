package io.isnad.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Collects what one class logs while a test provokes an expected failure, and keeps it out of the
 * build's output: the test asserts on the records instead of printing them.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final boolean parents;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logged) {
            records.add(logged);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String name) {
        logger = Logger.getLogger(name);
        parents = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Starts capturing what {@code source}'s logger logs; close to stop. */
    public static LogCapture of(Class<?> source) {
        return new LogCapture(source.getName());
    }

    /** Starts capturing what the logger {@code name} and those below it log ("" for every logger). */
    public static LogCapture of(String name) {
        return new LogCapture(name);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records logged at WARN (JBoss Logging's WARN is java.util.logging's WARNING). */
    public List<LogRecord> warnings() {
        return records.stream().filter(r -> r.getLevel().intValue() == Level.WARNING.intValue()).toList();
    }

    /** A record's message with its parameters filled in, as the log would show it. */
    public static String text(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parents);
    }
}
