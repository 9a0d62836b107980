package dev.codeloop.testkit.model;

import java.time.Duration;

/** Short duration labels for descriptions: {@code 2ms}, {@code 30s}. */
final class Durations {
    private Durations() {}

    static String format(Duration duration) {
        if (duration == null) {
            return "forever";
        }
        long millis = duration.toMillis();
        if (millis % 1000 == 0 && millis > 0) {
            return millis / 1000 + "s";
        }
        return millis > 0 ? millis + "ms" : duration.toNanos() / 1000 + "µs";
    }

    static Duration requireNonNegative(Duration duration, String what) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(what + " must be a non-negative duration, got " + duration);
        }
        return duration;
    }
}
