package dev.codeloop.sample;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands as a person would type them. Servers report the full argv, e.g. {@code /bin/bash -lc 'ls -la'};
 * the shell wrapper is noise on a terminal, so we show {@code ls -la}. Anything we cannot unquote with
 * certainty is shown exactly as sent.
 */
final class CommandText {

    private static final Pattern SHELL_WRAPPER = Pattern.compile("(?:\\S*/)?(?:bash|zsh|sh) -l?c (.+)", Pattern.DOTALL);

    private CommandText() {
    }

    static String display(String command) {
        Matcher wrapped = SHELL_WRAPPER.matcher(command);
        if (!wrapped.matches()) {
            return command;
        }
        String script = unquoteWord(wrapped.group(1));
        return script == null ? command : script;
    }

    /**
     * One POSIX shell word to its value, for the forms quoting tools produce: bare safe characters,
     * {@code '…'}, {@code "'"} and {@code \'}. Returns null for anything else (several words, expansions).
     */
    static String unquoteWord(String word) {
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '\'') {
                int close = word.indexOf('\'', i + 1);
                if (close < 0) {
                    return null;
                }
                value.append(word, i + 1, close);
                i = close + 1;
            } else if (word.startsWith("\"'\"", i)) {
                value.append('\'');
                i += 3;
            } else if (c == '\\' && i + 1 < word.length()) {
                value.append(word.charAt(i + 1));
                i += 2;
            } else if (isSafe(c)) {
                value.append(c);
                i++;
            } else {
                return null;
            }
        }
        return value.toString();
    }

    private static boolean isSafe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "@%+=:,./-_".indexOf(c) >= 0;
    }
}
