package dev.codeloop.core.exec;

import java.util.List;
import java.util.stream.Collectors;

/** POSIX shell quoting for showing commands to people: the result, pasted into sh/bash, gives the same words. */
public final class ShellQuoting {

    private ShellQuoting() {
    }

    /**
     * A word as the shell would need it typed: bare if it only contains characters no shell treats
     * specially, otherwise in single quotes, with each {@code '} written as {@code '"'"'} (close the
     * quote, a double-quoted quote, reopen).
     */
    public static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(ShellQuoting::isSafe)) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }

    /** The words quoted and joined by single spaces. */
    public static String join(List<String> words) {
        return words.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
    }

    private static boolean isSafe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "@%+=:,./-_".indexOf(c) >= 0;
    }
}
