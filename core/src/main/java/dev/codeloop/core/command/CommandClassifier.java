package dev.codeloop.core.command;

import dev.codeloop.core.item.CommandAction;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a script does, as the {@code commandActions} of a command item: one action per command that reads a
 * file, lists files or searches, in order.
 *
 * <p>Following Codex: {@code cd} is not shown but later read paths are taken relative to it;
 * {@code true}/{@code echo} and text helpers that only reshape output ({@code | head -n 40}, {@code | wc -l},
 * see {@link PipelineHelpers}) are left out; a repeat of the previous action is shown once. When the script
 * does not parse, when any remaining command is none of read/list/search (including {@code git status} and
 * anything that writes), or when nothing remains, the result is a single {@link CommandAction.Unknown} holding
 * the whole script as given. Each action's {@code command} is its command's words re-joined with
 * {@link dev.codeloop.core.exec.ShellQuoting#join}.
 *
 * <p>A pipeline of two meaningful commands shows both: {@code cat a | grep b} is a read of {@code a} and a
 * search for {@code b} (with no path).
 */
public final class CommandClassifier {

    private CommandClassifier() {
    }

    /** The actions, with read paths as written in the script (joined to any {@code cd} before them). */
    public static List<CommandAction> classify(String script) {
        return classify(script, UnaryOperator.identity());
    }

    /**
     * The actions, with read paths resolved against {@code cwd}, the directory the script runs in — what
     * Codex sends ({@code cat README.md} in {@code /ws} reads {@code /ws/README.md}). Listing and search
     * paths stay short, as Codex sends them.
     */
    public static List<CommandAction> classify(String script, Path cwd) {
        return classify(script, path -> resolve(cwd, path));
    }

    private static List<CommandAction> classify(String script, UnaryOperator<String> resolveReadPath) {
        Optional<List<List<String>>> commands = ShellScriptParser.parse(script);
        if (commands.isEmpty()) {
            return unknown(script);
        }
        List<CommandAction> actions = new ArrayList<>();
        String directory = null; // where earlier `cd`s moved to, relative to the starting directory
        for (List<String> argv : commands.get()) {
            if (CommandWords.programName(argv.getFirst()).equals("cd")) {
                Optional<String> target = cdTarget(argv);
                if (target.isEmpty()) {
                    return unknown(script); // `cd` or `cd -`: we no longer know where we are
                }
                directory = DisplayPath.join(directory, target.get());
                continue;
            }
            if (PipelineHelpers.isHelper(argv)) {
                continue;
            }
            Optional<CommandAction> action = SegmentClassifier.classify(argv);
            if (action.isEmpty()) {
                return unknown(script);
            }
            CommandAction shown = action.get();
            if (shown instanceof CommandAction.Read read) {
                String path = resolveReadPath.apply(DisplayPath.join(directory, read.path()));
                shown = new CommandAction.Read(read.command(), read.name(), path);
            }
            if (actions.isEmpty() || !actions.getLast().equals(shown)) {
                actions.add(shown);
            }
        }
        return actions.isEmpty() ? unknown(script) : List.copyOf(actions);
    }

    /** The directory of {@code cd [-L|-P] [--] dir}: its last operand. */
    private static Optional<String> cdTarget(List<String> argv) {
        List<String> operands = CommandWords.operands(argv.subList(1, argv.size()), Set.of());
        return operands.isEmpty() || operands.getLast().equals("-") ? Optional.empty()
                : Optional.of(operands.getLast());
    }

    private static String resolve(Path cwd, String path) {
        try {
            return cwd.resolve(path).toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static List<CommandAction> unknown(String script) {
        return List.of(new CommandAction.Unknown(script));
    }
}
