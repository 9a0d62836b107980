package dev.codeloop.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code git} argv split into global options, subcommand and the subcommand's arguments. The subcommand is
 * the first word that is neither a global option nor its value, so {@code git -C dir log} is {@code log} and
 * {@code git checkout status} is {@code checkout}.
 */
record GitInvocation(List<String> globalOptions, String subcommand, List<String> args) {

    /** Global options that take the next word as their value. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-C", "-c", "--config-env", "--exec-path",
            "--git-dir", "--namespace", "--super-prefix", "--work-tree");

    /** The parts of a git command line, or empty if it is not git or names no subcommand. */
    static Optional<GitInvocation> of(List<String> argv) {
        if (argv.isEmpty() || !CommandWords.programName(argv.get(0)).equals("git")) {
            return Optional.empty();
        }
        for (int i = 1; i < argv.size(); i++) {
            String word = argv.get(i);
            if (OPTIONS_WITH_VALUE.contains(word)) {
                i++;
            } else if (!word.startsWith("-")) {
                return Optional.of(new GitInvocation(argv.subList(1, i), word, argv.subList(i + 1, argv.size())));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a global option can make git run other programs or read another repository's configuration:
     * {@code -c}/{@code --config-env} (e.g. {@code core.pager}), {@code --git-dir}, {@code --work-tree},
     * {@code --exec-path} and {@code -p}/{@code --paginate}.
     */
    boolean hasUnsafeGlobalOption() {
        return globalOptions.stream().anyMatch(option -> option.startsWith("-c")
                || option.startsWith("--config-env") || option.startsWith("--git-dir")
                || option.startsWith("--work-tree") || option.startsWith("--exec-path")
                || option.equals("-p") || option.equals("--paginate"));
    }
}
