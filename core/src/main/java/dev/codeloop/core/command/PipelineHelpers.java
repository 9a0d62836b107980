package dev.codeloop.core.command;

import java.util.List;
import java.util.Set;

/**
 * Commands that only print or reshape text (usually the end of a pipeline: {@code | head -n 40},
 * {@code | wc -l}, {@code echo ---}), left out of the display so the command doing the work shows. A helper
 * given a file of its own ({@code head -n 5 a.py}) is a read, not a helper.
 */
final class PipelineHelpers {

    private static final Set<String> ALWAYS_HELPERS = Set.of("true", "echo", "printf", "wc", "tr", "cut",
            "column");
    private static final Set<String> HEAD_TAIL_VALUE_FLAGS = Set.of("-n", "-c", "--lines", "--bytes");

    private PipelineHelpers() {
    }

    static boolean isHelper(List<String> argv) {
        String name = CommandWords.programName(argv.get(0));
        List<String> args = argv.subList(1, argv.size());
        return switch (name) {
            case "head", "tail" -> CommandWords.operands(args, HEAD_TAIL_VALUE_FLAGS).isEmpty();
            case "cat", "nl", "uniq" -> CommandWords.operands(args, Set.of()).isEmpty();
            case "sort" -> args.stream().noneMatch(arg -> arg.startsWith("-o") || arg.startsWith("--output"))
                    && CommandWords.operands(args, Set.of("-k", "-t", "-S", "-T")).isEmpty();
            case "sed" -> SedCommand.parse(args).map(sed -> sed.files().isEmpty()).orElse(false);
            default -> ALWAYS_HELPERS.contains(name);
        };
    }
}
