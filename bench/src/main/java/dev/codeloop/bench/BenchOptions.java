package dev.codeloop.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code key=value} arguments after the mode (e.g. {@code runs=3 deltas=100}), each with a default. */
final class BenchOptions {

    private final Map<String, String> values = new HashMap<>();

    BenchOptions(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value, got '" + args[i] + "'");
            }
            values.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
    }

    int intValue(String key, int fallback) {
        String value = values.get(key);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
