package dev.codeloop.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pattern and paths of a grep-like argv: the pattern comes from {@code -e}/{@code -f} (and their long
 * forms) when given, else from the first operand; the path is the next operand after the pattern.
 */
record SearchArguments(String query, String path) {

    private static final Set<String> PATTERN_FLAGS = Set.of("-e", "--regexp", "-f", "--file");

    /** {@code flagsWithValue}: this program's options whose value is the next word (other than pattern flags). */
    static SearchArguments of(List<String> args, Set<String> flagsWithValue) {
        String pattern = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (PATTERN_FLAGS.contains(arg) && i + 1 < args.size()) {
                String value = args.get(++i);
                pattern = pattern == null ? value : pattern;
            } else {
                rest.add(arg);
            }
        }
        List<String> operands = CommandWords.operands(rest, flagsWithValue);
        if (pattern == null && !operands.isEmpty()) {
            pattern = operands.getFirst();
            operands = operands.subList(1, operands.size());
        }
        return new SearchArguments(pattern, operands.isEmpty() ? null : DisplayPath.shorten(operands.getFirst()));
    }
}
