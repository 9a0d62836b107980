package dev.codeloop.core.tools.patch.engine;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Finds a run of lines in a file, from strict to tolerant: exact, then ignoring trailing whitespace, then
 * ignoring surrounding whitespace, then also folding Unicode punctuation to ASCII. A stricter match anywhere
 * wins over a more tolerant one, so tolerance never moves an edit away from an exact occurrence.
 */
final class LineMatcher {

    private static final List<UnaryOperator<String>> LEVELS = List.of(
            s -> s,
            String::stripTrailing,
            String::strip,
            s -> PunctuationFolding.fold(s).strip());

    private final List<String> lines;
    private final String[][] normalized;

    LineMatcher(List<String> lines) {
        this.lines = List.copyOf(lines);
        this.normalized = new String[LEVELS.size()][];
    }

    /**
     * Where {@code pattern} starts at or after {@code from}, or -1. With {@code endOfFile}, a match that ends
     * at the last line is tried first (at every level), then the rest of the file.
     */
    int find(List<String> pattern, int from, boolean endOfFile) {
        if (pattern.isEmpty()) {
            return from;
        }
        int atEnd = lines.size() - pattern.size();
        if (endOfFile && atEnd >= from) {
            for (int level = 0; level < LEVELS.size(); level++) {
                if (matchesAt(level(level), normalize(level, pattern), atEnd)) {
                    return atEnd;
                }
            }
        }
        for (int level = 0; level < LEVELS.size(); level++) {
            String[] file = level(level);
            String[] wanted = normalize(level, pattern);
            for (int start = Math.max(from, 0); start <= atEnd; start++) {
                if (matchesAt(file, wanted, start)) {
                    return start;
                }
            }
        }
        return -1;
    }

    /**
     * The line an {@code @@} header names, at or after {@code from}, or -1: like {@link #find} for one line, then
     * as a last resort the first line that contains the header (models shorten signatures).
     */
    int findHeader(String header, int from) {
        int exact = find(List.of(header), from, false);
        if (exact >= 0) {
            return exact;
        }
        int last = LEVELS.size() - 1;
        String wanted = LEVELS.get(last).apply(header);
        String[] folded = level(last);
        for (int i = Math.max(from, 0); i < folded.length; i++) {
            if (folded[i].contains(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(String[] file, String[] pattern, int start) {
        for (int i = 0; i < pattern.length; i++) {
            if (!file[start + i].equals(pattern[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] normalize(int level, List<String> pattern) {
        return pattern.stream().map(LEVELS.get(level)).toArray(String[]::new);
    }

    private String[] level(int level) {
        if (normalized[level] == null) {
            UnaryOperator<String> normalize = LEVELS.get(level);
            normalized[level] = lines.stream().map(normalize).toArray(String[]::new);
        }
        return normalized[level];
    }
}
