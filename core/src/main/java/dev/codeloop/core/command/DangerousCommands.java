package dev.codeloop.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Commands destructive enough to ask about even when the policy would run them without asking
 * ({@code on-request}): {@code rm} that is both recursive and forced ({@code -rf}, {@code -fR},
 * {@code -r -f}, {@code --recursive --force}) or aimed recursively at {@code /}, {@code ~} or {@code *};
 * {@code rm --no-preserve-root}; destructive git (see {@link DestructiveGit}); {@code dd of=…}; {@code mkfs*};
 * {@code shred}; recursive {@code chmod 777}; any {@code sudo}/{@code doas}; a fork bomb; a redirection onto
 * a disk device.
 *
 * <p>Commands hidden behind {@code bash -c}, {@code eval}, {@code env}, {@code nohup}, {@code nice},
 * {@code timeout}, {@code xargs}, {@code find -exec} and similar wrappers are checked too. A script the parser
 * refuses is still scanned, roughly (see {@link LenientSplitter}), so a redirection or a {@code $VAR} does not
 * hide an {@code rm -rf}. Plain deletions ({@code rm file.txt}, {@code rm -r build}) and harmless neighbours
 * ({@code git reset --soft}, {@code git clean -n}) are not dangerous.
 */
public final class DangerousCommands {

    private static final Set<String> ROOT_LIKE_TARGETS = Set.of("/", "/*", "~", "~/", "~/*", "*", "./*", "$HOME",
            "$HOME/", "$HOME/*");
    private static final Set<String> WORLD_WRITABLE_MODES = Set.of("777", "0777", "a+rwx", "a=rwx", "ugo+rwx",
            "ugo=rwx");

    /** {@code :(){ :|:& };:} and the same with any function name, whitespace removed first. */
    private static final Pattern FORK_BOMB = Pattern.compile("([A-Za-z_:][\\w:]*)\\(\\)\\{\\1\\|\\1&};?\\1");
    private static final Pattern DISK_DEVICE_REDIRECTION = Pattern.compile(
            ">\\s*/dev/(sd|hd|vd|xvd|nvme|mmcblk|disk)\\w*");

    private DangerousCommands() {
    }

    /** Whether the script (what runs as {@code bash -lc <script>}) contains a destructive command. */
    public static boolean isDangerous(String script) {
        if (FORK_BOMB.matcher(script.replaceAll("\\s", "")).find()
                || DISK_DEVICE_REDIRECTION.matcher(script).find()) {
            return true;
        }
        List<List<String>> commands = ShellScriptParser.parse(script)
                .orElseGet(() -> LenientSplitter.commands(script));
        return commands.stream().anyMatch(DangerousCommands::isDangerousCommand);
    }

    /** Like {@link #isDangerous(String)} for an argv; a shell wrapper is judged by its script. */
    public static boolean isDangerous(List<String> argv) {
        return ShellInvocation.scriptOf(argv).map(DangerousCommands::isDangerous)
                .orElseGet(() -> isDangerousCommand(argv));
    }

    private static boolean isDangerousCommand(List<String> argv) {
        if (argv.isEmpty()) {
            return false;
        }
        // every unwrapping below is strictly shorter than its input, so this recursion ends
        Optional<String> script = ShellInvocation.looseScriptOf(argv);
        if (script.isPresent()) {
            return isDangerous(script.get());
        }
        Optional<List<String>> inner = CommandWrappers.innerCommand(argv);
        if (inner.isPresent() && isDangerousCommand(inner.get())) {
            return true;
        }
        String name = CommandWords.programName(argv.get(0));
        List<String> args = argv.subList(1, argv.size());
        return switch (name) {
            case "sudo", "doas", "shred" -> true;
            case "eval" -> !args.isEmpty() && isDangerous(String.join(" ", args));
            case "rm" -> isDangerousRm(args);
            case "git" -> DestructiveGit.isDestructive(argv);
            case "dd" -> args.stream().anyMatch(arg -> arg.startsWith("of="));
            case "chmod" -> isRecursive(args, 'R') && args.stream().anyMatch(WORLD_WRITABLE_MODES::contains);
            default -> name.startsWith("mkfs");
        };
    }

    private static boolean isDangerousRm(List<String> args) {
        List<String> options = CommandWords.optionArea(args);
        boolean recursive = isRecursive(options, 'r') || isRecursive(options, 'R');
        boolean force = options.stream()
                .anyMatch(arg -> arg.equals("--force") || CommandWords.shortFlagsContain(arg, 'f'));
        boolean noPreserveRoot = options.contains("--no-preserve-root");
        return (recursive && force) || noPreserveRoot
                || (recursive && CommandWords.operands(args, Set.of()).stream().anyMatch(ROOT_LIKE_TARGETS::contains));
    }

    private static boolean isRecursive(List<String> args, char shortFlag) {
        return args.stream()
                .anyMatch(arg -> arg.equals("--recursive") || CommandWords.shortFlagsContain(arg, shortFlag));
    }
}
