package dev.codeloop.core.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Programs that run another command given in their arguments ({@code env FOO=1 rm …}, {@code nohup …},
 * {@code xargs rm …}, {@code find … -exec rm …}), so a check on the outer program alone would miss it.
 */
final class CommandWrappers {

    private static final Set<String> FIND_EXEC_ACTIONS = Set.of("-exec", "-execdir", "-ok", "-okdir");

    private CommandWrappers() {
    }

    /** The command this argv runs on the caller's behalf, or empty if it is not a known wrapper. */
    static Optional<List<String>> innerCommand(List<String> argv) {
        List<String> args = argv.subList(1, argv.size());
        String program = CommandWords.programName(argv.get(0));
        if (program.equals("find")) {
            return findExecCommand(args);
        }
        int start = switch (program) {
            case "env" -> skipEnvArguments(args);
            case "nohup", "builtin" -> 0;
            case "command" -> skipOptions(args, Set.of());
            case "exec" -> skipOptions(args, Set.of("-a"));
            case "nice" -> skipOptions(args, Set.of("-n"));
            case "stdbuf" -> skipOptions(args, Set.of("-i", "-o", "-e"));
            case "xargs" -> skipOptions(args, Set.of("-a", "-d", "-E", "-I", "-L", "-n", "-P", "-s"));
            case "timeout" -> skipOptions(args, Set.of("-s", "-k")) + 1; // then the duration
            default -> -1;
        };
        if (start < 0 || start >= args.size()) {
            return Optional.empty();
        }
        return Optional.of(args.subList(start, args.size()));
    }

    /** The index of the first word after the leading options (and the values of {@code withValue} options). */
    private static int skipOptions(List<String> args, Set<String> withValue) {
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-")) {
            if (args.get(i).equals("--")) {
                return i + 1;
            }
            i += withValue.contains(args.get(i)) ? 2 : 1;
        }
        return i;
    }

    /** {@code env} takes options, then {@code NAME=value} words, then the command. */
    private static int skipEnvArguments(List<String> args) {
        int i = skipOptions(args, Set.of("-u", "-C", "-S"));
        while (i < args.size() && args.get(i).contains("=")) {
            i++;
        }
        return i;
    }

    /** The command of the first {@code -exec}-like action, up to its {@code ;} or {@code +}. */
    private static Optional<List<String>> findExecCommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (FIND_EXEC_ACTIONS.contains(args.get(i))) {
                int end = i + 1;
                while (end < args.size() && !args.get(end).equals(";") && !args.get(end).equals("+")) {
                    end++;
                }
                return end > i + 1 ? Optional.of(args.subList(i + 1, end)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
