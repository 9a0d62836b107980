package dev.codeloop.core.tools.patch.engine;

/**
 * Reads one shell word the way POSIX sh would, for the literal forms only: bare characters, {@code '...'},
 * {@code "..."} with its backslash escapes, and any concatenation of them ({@code 'it'"'"'s'}). A word whose
 * value depends on the shell (a {@code $} or backquote expansion, a glob, an operator) is not read.
 */
record ShellWord(String value, int end) {

    private static final String ENDS_WORD = " \t\n|&;<>()";
    private static final String EXPANDS = "$`\\*?[]{}";

    /** The word starting at {@code start} (after any blanks), or null if there is none or it is not literal. */
    static ShellWord read(String s, int start) {
        int i = skipBlanks(s, start);
        StringBuilder value = new StringBuilder();
        int begin = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) {
                    return null;
                }
                value.append(s, i + 1, close);
                i = close + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(s, i + 1, value);
                if (i < 0) {
                    return null;
                }
            } else if (ENDS_WORD.indexOf(c) >= 0) {
                break;
            } else if (EXPANDS.indexOf(c) >= 0 || (c == '~' || c == '#') && i == begin) {
                return null;
            } else {
                value.append(c);
                i++;
            }
        }
        return i == begin ? null : new ShellWord(value.toString(), i);
    }

    static int skipBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Appends the inside of a double-quoted string starting at {@code i}; the index after the closing quote, or -1. */
    private static int readDoubleQuoted(String s, int i, StringBuilder value) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '$' || c == '`') {
                return -1;
            }
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if ("$`\"\\".indexOf(next) >= 0) {
                    value.append(next);
                    i += 2;
                    continue;
                }
            }
            value.append(c);
            i++;
        }
        return -1;
    }
}
