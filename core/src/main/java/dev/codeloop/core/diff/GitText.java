package dev.codeloop.core.diff;

/** Character classes as git defines them (ASCII only, whatever the locale). */
final class GitText {

    private GitText() {
    }

    /** Git's {@code isspace}: space, tab, line feed and carriage return (not {@code \v} or {@code \f}). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
