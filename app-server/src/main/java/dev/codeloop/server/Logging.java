package dev.codeloop.server;

/**
 * slf4j-simple settings: everything to stderr, level from {@code CODELOOP_LOG}. Set before the first logger.
 * Lines carry milliseconds since start, not a clock time: a date format loads the locale and calendar
 * machinery, which costs more than the rest of the path to the {@code initialize} answer.
 */
final class Logging {

    private Logging() {
    }

    static void configure(String level) {
        // Name the provider instead of letting slf4j scan the jar with a ServiceLoader (milliseconds at startup);
        // keep slf4j's own note about that choice off stderr.
        setIfAbsent("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "WARN");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", level == null || level.isBlank() ? "info" : level);
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
