package dev.codeloop.core.command;

/**
 * One word of a parsed script.
 *
 * @param value   the word after quote removal, as the program receives it (before any glob or tilde expansion)
 * @param source  the word exactly as written in the script
 * @param globbed whether it has an unquoted {@code *}, {@code ?} or {@code [}, so bash may replace it by file names
 * @param tilde   whether it has an unquoted {@code ~}, so bash may replace that by a home directory
 */
record ShellWord(String value, String source, boolean globbed, boolean tilde) {

    /** Whether bash may turn this word into something other than {@link #value()}. */
    boolean expands() {
        return globbed || tilde;
    }

    /** Whether any part was quoted or escaped; such a word is never a reserved word or an assignment. */
    boolean quoted() {
        return !source.equals(value);
    }
}
