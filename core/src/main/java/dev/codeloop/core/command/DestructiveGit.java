package dev.codeloop.core.command;

import java.util.List;
import java.util.Set;

/**
 * Git commands that throw work away with no way back: {@code reset --hard}; {@code clean} with force (not a
 * dry run); {@code push} that forces ({@code --force}, {@code -f}, {@code --force-with-lease},
 * {@code +ref}), mirrors or deletes remote branches ({@code --delete}, {@code -d}, {@code :ref});
 * {@code checkout} with {@code --force} or of the whole tree ({@code checkout -- .}); {@code restore} of the
 * whole working tree.
 */
final class DestructiveGit {

    /** Pathspecs meaning "every file". */
    private static final Set<String> WHOLE_TREE = Set.of(".", "./", "*", "./*", ":/", ":/*", ":(top)");

    private DestructiveGit() {
    }

    static boolean isDestructive(List<String> argv) {
        return GitInvocation.of(argv).map(git -> isDestructive(git.subcommand(), git.args())).orElse(false);
    }

    private static boolean isDestructive(String subcommand, List<String> args) {
        return switch (subcommand) {
            case "reset" -> args.contains("--hard");
            case "clean" -> hasFlag(args, "--force", 'f', "e") && !hasFlag(args, "--dry-run", 'n', "e");
            case "push" -> isForceOrDeletePush(args);
            case "checkout" -> hasFlag(args, "--force", 'f', "bB")
                    || touchesWholeTree(CommandWords.operands(args, Set.of("-b", "-B", "--orphan", "--conflict")));
            case "restore" -> restoresWorkingTree(args)
                    && touchesWholeTree(CommandWords.operands(args, Set.of("-s", "--source")));
            default -> false;
        };
    }

    private static boolean isForceOrDeletePush(List<String> args) {
        boolean forcedOrDeleting = args.stream().anyMatch(arg -> arg.equals("--force")
                || arg.startsWith("--force-with-lease") || arg.equals("--mirror") || arg.equals("--delete")
                || CommandWords.shortFlagsContain(arg, 'f', "o")
                || CommandWords.shortFlagsContain(arg, 'd', "o"));
        boolean forcingOrDeletingRefspec = CommandWords.operands(args, Set.of("-o", "--push-option", "--repo"))
                .stream().anyMatch(refspec -> refspec.startsWith("+") || refspec.startsWith(":"));
        return forcedOrDeleting || forcingOrDeletingRefspec;
    }

    /** {@code restore} writes the working tree unless only {@code --staged} is asked for. */
    private static boolean restoresWorkingTree(List<String> args) {
        boolean staged = hasFlag(args, "--staged", 'S', "s");
        boolean worktree = hasFlag(args, "--worktree", 'W', "s");
        return worktree || !staged;
    }

    private static boolean touchesWholeTree(List<String> operands) {
        return operands.stream().anyMatch(WHOLE_TREE::contains);
    }

    private static boolean hasFlag(List<String> args, String longFlag, char shortFlag, String valueLetters) {
        return args.stream().anyMatch(arg -> arg.equals(longFlag)
                || CommandWords.shortFlagsContain(arg, shortFlag, valueLetters));
    }
}
