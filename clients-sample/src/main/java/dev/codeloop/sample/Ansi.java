package dev.codeloop.sample;

import java.util.Map;

/** Terminal styling that is either on or off; when off every method returns its text unchanged. */
final class Ansi {

    static final Ansi PLAIN = new Ansi(false);
    static final Ansi COLOR = new Ansi(true);

    private final boolean enabled;

    private Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Colour only for a person at a terminal: stdout is a TTY and {@code NO_COLOR} is not set to a non-empty
     * value (https://no-color.org). Pipes, files and CI logs get plain text.
     */
    static Ansi forStdout(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean wanted = noColor == null || noColor.isEmpty();
        return wanted && Terminal.isInteractive() ? COLOR : PLAIN;
    }

    boolean enabled() {
        return enabled;
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    /** Dim and italic, for the model's thinking. */
    String faint(String text) {
        return wrap("2;3", text);
    }

    String red(String text) {
        return wrap("31", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    String yellow(String text) {
        return wrap("33", text);
    }

    String cyan(String text) {
        return wrap("36", text);
    }

    // Each piece is closed with a reset, so a stream cut off half-way never leaves the terminal coloured.
    private String wrap(String code, String text) {
        return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
