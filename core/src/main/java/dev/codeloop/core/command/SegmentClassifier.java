package dev.codeloop.core.command;

import dev.codeloop.core.exec.ShellQuoting;
import dev.codeloop.core.item.CommandAction;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one command of a script does, for display: a read of one file, a listing, a search, or empty when it
 * is none of these. Read paths are as written; search and listing paths are {@link DisplayPath#shorten short}.
 */
final class SegmentClassifier {

    private static final Set<String> BAT_VALUE_FLAGS = Set.of("--theme", "-l", "--language", "--style",
            "--terminal-width", "--tabs", "-r", "--line-range", "-m", "--map-syntax");
    private static final Set<String> LESS_VALUE_FLAGS = Set.of("-p", "-P", "-x", "-y", "-z", "-j", "--pattern",
            "--prompt", "--tabs", "--shift", "--jump-target");
    private static final Set<String> HEAD_TAIL_VALUE_FLAGS = Set.of("-n", "-c", "--lines", "--bytes");
    private static final Set<String> NL_VALUE_FLAGS = Set.of("-b", "-d", "-f", "-h", "-i", "-l", "-n", "-s",
            "-v", "-w");
    private static final Set<String> LS_VALUE_FLAGS = Set.of("-I", "--ignore", "--hide", "-w", "--width", "-T",
            "--tabsize", "--block-size", "--format", "--time-style", "--quoting-style", "--sort", "--time",
            "--indicator-style", "--ignore-glob");
    private static final Set<String> TREE_VALUE_FLAGS = Set.of("-L", "-P", "-I", "--charset", "--filelimit",
            "--sort", "-o");
    private static final Set<String> DU_VALUE_FLAGS = Set.of("-d", "--max-depth", "-B", "--block-size",
            "--exclude", "--time-style", "-t", "--threshold");
    private static final Set<String> RG_VALUE_FLAGS = Set.of("-g", "--glob", "--iglob", "-t", "--type",
            "-T", "--type-not", "--type-add", "-m", "--max-count", "-A", "--after-context", "-B",
            "--before-context", "-C", "--context", "--max-depth", "-M", "--max-columns", "-j", "--threads",
            "--sort", "--sortr", "-E", "--encoding", "-r", "--replace", "--max-filesize");
    private static final Set<String> GREP_VALUE_FLAGS = Set.of("-m", "--max-count", "-A", "--after-context", "-B",
            "--before-context", "-C", "--context", "--include", "--exclude", "--exclude-dir", "--label", "-d",
            "--directories", "-D", "--devices");
    private static final Set<String> AG_VALUE_FLAGS = Set.of("-G", "-g", "--file-search-regex", "--ignore-dir",
            "--ignore-file", "--path-to-ignore", "-A", "-B", "-C", "-m");
    private static final Set<String> GIT_LS_FILES_VALUE_FLAGS = Set.of("-x", "--exclude", "-X", "--exclude-from",
            "--exclude-per-directory", "--pathspec-from-file");
    private static final Set<String> FD_VALUE_FLAGS = Set.of("-t", "--type", "-e", "--extension", "-E",
            "--exclude", "--search-path", "-d", "--max-depth", "--min-depth", "-S", "--size", "--changed-within",
            "--changed-before", "-o", "--owner", "-c", "--color", "-j", "--threads");
    private static final Set<String> FD_EXEC_FLAGS = Set.of("-x", "--exec", "-X", "--exec-batch");
    private static final Set<String> FIND_NAME_TESTS = Set.of("-name", "-iname", "-path", "-ipath", "-wholename",
            "-iwholename", "-regex", "-iregex");

    private SegmentClassifier() {
    }

    static Optional<CommandAction> classify(List<String> argv) {
        String command = ShellQuoting.join(argv);
        List<String> args = argv.subList(1, argv.size());
        return switch (CommandWords.programName(argv.get(0))) {
            case "cat", "more" -> read(command, args, Set.of());
            case "bat", "batcat" -> read(command, args, BAT_VALUE_FLAGS);
            case "less" -> read(command, args, LESS_VALUE_FLAGS);
            case "head", "tail" -> read(command, args, HEAD_TAIL_VALUE_FLAGS);
            case "nl" -> read(command, args, NL_VALUE_FLAGS);
            case "sed" -> SedCommand.parse(args).flatMap(SedCommand::printedFile).map(file -> read(command, file));
            case "ls", "eza", "exa" -> listing(command, args, LS_VALUE_FLAGS);
            case "tree" -> listing(command, args, TREE_VALUE_FLAGS);
            case "du" -> listing(command, args, DU_VALUE_FLAGS);
            case "rg", "rga" -> args.contains("--files") ? listing(command, args, RG_VALUE_FLAGS)
                    : search(command, SearchArguments.of(args, RG_VALUE_FLAGS));
            case "grep", "egrep", "fgrep" -> search(command, SearchArguments.of(args, GREP_VALUE_FLAGS));
            case "ag", "ack", "pt" -> search(command, SearchArguments.of(args, AG_VALUE_FLAGS));
            case "git" -> git(command, args);
            case "fd", "fdfind" -> fd(command, args);
            case "find" -> find(command, args);
            default -> Optional.empty();
        };
    }

    /** A read when there is exactly one file operand; {@code cat a b} says too little to show as one read. */
    private static Optional<CommandAction> read(String command, List<String> args, Set<String> flagsWithValue) {
        List<String> operands = CommandWords.operands(args, flagsWithValue);
        return operands.size() == 1 ? Optional.of(read(command, operands.getFirst())) : Optional.empty();
    }

    private static CommandAction read(String command, String file) {
        return new CommandAction.Read(command, DisplayPath.fileName(file), file);
    }

    private static Optional<CommandAction> listing(String command, List<String> args, Set<String> flagsWithValue) {
        List<String> operands = CommandWords.operands(args, flagsWithValue);
        return listing(command, operands.isEmpty() ? null : operands.getFirst());
    }

    private static Optional<CommandAction> listing(String command, String path) {
        return Optional.of(new CommandAction.ListFiles(command, path == null ? null : DisplayPath.shorten(path)));
    }

    private static Optional<CommandAction> search(String command, SearchArguments search) {
        return Optional.of(new CommandAction.Search(command, search.query(), search.path()));
    }

    /** {@code git grep} and {@code git ls-files}; other git commands are not reads, listings or searches. */
    private static Optional<CommandAction> git(String command, List<String> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.getFirst()) {
            case "grep" -> search(command, SearchArguments.of(rest, GREP_VALUE_FLAGS));
            case "ls-files" -> listing(command, rest, GIT_LS_FILES_VALUE_FLAGS);
            default -> Optional.empty();
        };
    }

    /** {@code fd [pattern] [path]}; a lone operand that looks like a path is the path. */
    private static Optional<CommandAction> fd(String command, List<String> args) {
        if (args.stream().anyMatch(FD_EXEC_FLAGS::contains)) {
            return Optional.empty();
        }
        List<String> operands = CommandWords.operands(args, FD_VALUE_FLAGS);
        if (operands.isEmpty()) {
            return listing(command, null);
        }
        if (operands.size() == 1 && looksLikePath(operands.getFirst())) {
            return listing(command, operands.getFirst());
        }
        String path = operands.size() > 1 ? DisplayPath.shorten(operands.get(1)) : null;
        return Optional.of(new CommandAction.Search(command, operands.getFirst(), path));
    }

    /**
     * {@code find} with a name test is a search for that name, without one a listing; the starting point is
     * the first word, if it comes before the expression. One that deletes or runs commands is neither.
     */
    private static Optional<CommandAction> find(String command, List<String> args) {
        if (args.stream().anyMatch(SafeCommands.FIND_UNSAFE_ACTIONS::contains)) {
            return Optional.empty();
        }
        String root = args.isEmpty() || isFindExpressionStart(args.getFirst()) ? null : args.getFirst();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (FIND_NAME_TESTS.contains(args.get(i))) {
                String path = root == null ? null : DisplayPath.shorten(root);
                return Optional.of(new CommandAction.Search(command, args.get(i + 1), path));
            }
        }
        return listing(command, root);
    }

    private static boolean isFindExpressionStart(String word) {
        return word.startsWith("-") || word.equals("!") || word.equals("(");
    }

    private static boolean looksLikePath(String word) {
        return word.equals(".") || word.equals("..") || word.contains("/");
    }
}
