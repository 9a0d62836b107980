package dev.codeloop.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises an argv that just hands a script to a shell: {@code bash -lc <script>}, {@code sh -c …}, zsh. */
final class ShellInvocation {

    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh");
    private static final Set<String> SCRIPT_FLAGS = Set.of("-c", "-lc");

    private ShellInvocation() {
    }

    /** The script of {@code [shell, -c|-lc, script]} (shell by name or path), or empty for any other argv. */
    static Optional<String> scriptOf(List<String> argv) {
        if (argv.size() == 3 && SHELLS.contains(CommandWords.programName(argv.get(0)))
                && SCRIPT_FLAGS.contains(argv.get(1))) {
            return Optional.of(argv.get(2));
        }
        return Optional.empty();
    }

    /**
     * Like {@link #scriptOf} for word lists that may have split the script apart ({@link LenientSplitter}
     * output): the words after {@code -c}/{@code -lc} joined by spaces.
     */
    static Optional<String> looseScriptOf(List<String> argv) {
        if (argv.size() >= 3 && SHELLS.contains(CommandWords.programName(argv.get(0)))
                && SCRIPT_FLAGS.contains(argv.get(1))) {
            return Optional.of(String.join(" ", argv.subList(2, argv.size())));
        }
        return Optional.empty();
    }
}
