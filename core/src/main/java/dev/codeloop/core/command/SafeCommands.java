package dev.codeloop.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codex's list of commands known to only read: under the {@code untrusted} approval policy these run without
 * asking. Everything not recognised here is "not known safe", which only means "ask".
 *
 * <p>Always safe: {@code cat cd cut echo expr false grep head id ls nl paste pwd rev seq stat tail tr true
 * uname wc which whoami numfmt tac}. Safe under conditions: {@code base64} without an output file,
 * {@code find} without actions that run, delete or write, {@code rg} without {@code --pre},
 * {@code --hostname-bin} or zip search, {@code git status|log|diff|show} without options that write files or
 * run helpers and {@code git branch} with listing flags only, {@code sed -n N[,M]p [file…]}, and
 * {@code uniq} with at most one file (a second file operand is its output).
 *
 * <p>Stricter than Codex in three places, each closing a way to write files or run other code: {@code uniq}
 * (above); a program given by a path is known safe only in {@code /bin}, {@code /usr/bin},
 * {@code /usr/local/bin} or {@code /opt/homebrew/bin}, never {@code ./cat}; and a
 * conditional command with an unquoted glob is never known safe, because a file named like an option
 * ({@code -delete}, {@code --pre=sh}, {@code -i}) would be expanded into its arguments.
 */
public final class SafeCommands {

    private static final Set<String> ALWAYS_SAFE = Set.of("cat", "cd", "cut", "echo", "expr", "false", "grep",
            "head", "id", "ls", "nl", "paste", "pwd", "rev", "seq", "stat", "tail", "tr", "true", "uname", "wc",
            "which", "whoami", "numfmt", "tac");

    static final Set<String> FIND_UNSAFE_ACTIONS = Set.of("-exec", "-execdir", "-ok", "-okdir", "-delete",
            "-fls", "-fprint", "-fprint0", "-fprintf");

    private static final Set<String> GIT_READ_ONLY_SUBCOMMANDS = Set.of("status", "log", "diff", "show");

    private static final Set<String> GIT_BRANCH_LISTING_FLAGS = Set.of("--list", "-l", "--show-current", "-a",
            "--all", "-r", "--remotes", "-v", "-vv", "--verbose", "--no-color");

    private static final Set<String> SYSTEM_BIN_DIRECTORIES = Set.of("/bin/", "/usr/bin/", "/usr/local/bin/",
            "/opt/homebrew/bin/");

    private static final Pattern SED_PRINT_RANGE = Pattern.compile("\\d+(,\\d+)?p");

    private SafeCommands() {
    }

    /**
     * Whether this argv is known safe. A shell wrapper ({@code bash -lc <script>}, {@code sh -c …}, zsh) is
     * judged by its script, see {@link #isKnownSafeScript}; any other argv runs without a shell, so its words
     * are taken literally.
     */
    public static boolean isKnownSafe(List<String> argv) {
        Optional<String> script = ShellInvocation.scriptOf(argv);
        if (script.isPresent()) {
            return isKnownSafeScript(script.get());
        }
        return !argv.isEmpty() && isSafeCommand(argv, false);
    }

    /** Whether the script parses as plain (see {@link ShellScriptParser}) and every command in it is safe. */
    public static boolean isKnownSafeScript(String script) {
        return ShellScriptParser.parseSegments(script)
                .map(segments -> segments.stream()
                        .allMatch(segment -> isSafeCommand(segment.argv(), segment.anyWordGlobbed())))
                .orElse(false);
    }

    private static boolean isSafeCommand(List<String> argv, boolean globbed) {
        String program = argv.get(0);
        if (program.contains("/") && !isInSystemBinDirectory(program)) {
            return false; // ./cat or /repo/tools/cat is whatever the workspace put there
        }
        String name = CommandWords.programName(program);
        List<String> args = argv.subList(1, argv.size());
        if (ALWAYS_SAFE.contains(name)) {
            return true; // none of their options write or run anything, so globs are harmless
        }
        if (globbed) {
            return false;
        }
        return switch (name) {
            case "base64" -> isSafeBase64(args);
            case "find" -> args.stream().noneMatch(FIND_UNSAFE_ACTIONS::contains);
            case "rg" -> isSafeRipgrep(args);
            case "git" -> isSafeGit(argv);
            case "sed" -> isSafeSedPrint(args);
            case "uniq" -> CommandWords.operands(args, Set.of("-f", "-s", "-w")).size() <= 1;
            default -> false;
        };
    }

    private static boolean isInSystemBinDirectory(String program) {
        String directory = program.substring(0, program.lastIndexOf('/') + 1);
        return SYSTEM_BIN_DIRECTORIES.contains(directory);
    }

    private static boolean isSafeBase64(List<String> args) {
        return args.stream().noneMatch(arg -> arg.equals("--output") || arg.startsWith("--output=")
                || CommandWords.shortFlagsContain(arg, 'o'));
    }

    private static boolean isSafeRipgrep(List<String> args) {
        return args.stream().noneMatch(arg -> arg.equals("--pre") || arg.startsWith("--pre=")
                || arg.equals("--hostname-bin") || arg.startsWith("--hostname-bin=")
                || arg.equals("--search-zip") || CommandWords.shortFlagsContain(arg, 'z'));
    }

    private static boolean isSafeGit(List<String> argv) {
        Optional<GitInvocation> git = GitInvocation.of(argv);
        if (git.isEmpty() || git.get().hasUnsafeGlobalOption()) {
            return false;
        }
        List<String> args = git.get().args();
        boolean readOnlyArgs = args.stream().noneMatch(arg -> arg.equals("--output") || arg.startsWith("--output=")
                || arg.equals("--ext-diff") || arg.equals("--textconv") || arg.equals("--exec")
                || arg.startsWith("--exec="));
        String subcommand = git.get().subcommand();
        if (GIT_READ_ONLY_SUBCOMMANDS.contains(subcommand)) {
            return readOnlyArgs;
        }
        // any other word after `git branch` may create, rename or delete a branch
        return subcommand.equals("branch") && readOnlyArgs && args.stream()
                .allMatch(arg -> GIT_BRANCH_LISTING_FLAGS.contains(arg) || arg.startsWith("--format="));
    }

    /** Only {@code sed -n N[,M]p [file…]}: one print range, then files, nothing that could be {@code -i}. */
    private static boolean isSafeSedPrint(List<String> args) {
        return args.size() >= 2 && args.get(0).equals("-n") && SED_PRINT_RANGE.matcher(args.get(1)).matches()
                && args.subList(2, args.size()).stream().noneMatch(arg -> arg.startsWith("-"));
    }
}
