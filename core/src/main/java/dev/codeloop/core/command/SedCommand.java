package dev.codeloop.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A {@code sed} argv read for display: its scripts and files. Only options that change neither what is
 * written nor where are understood; anything else ({@code -i}, {@code -f}, …) makes it unreadable.
 */
record SedCommand(boolean quiet, List<String> scripts, List<String> files) {

    private static final Set<String> HARMLESS_OPTIONS = Set.of("-E", "-r", "--regexp-extended", "-s",
            "--separate", "-u", "--unbuffered", "-z", "--null-data", "--posix", "--debug");
    private static final Pattern PRINT_RANGE = Pattern.compile("\\d+(,\\d+)?p");

    static Optional<SedCommand> parse(List<String> args) {
        boolean quiet = false;
        boolean explicitScripts = false; // with -e, every operand is a file
        List<String> scripts = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                files.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (arg.equals("-n") || arg.equals("--quiet") || arg.equals("--silent")) {
                quiet = true;
            } else if ((arg.equals("-e") || arg.equals("--expression")) && i + 1 < args.size()) {
                scripts.add(args.get(++i));
                explicitScripts = true;
            } else if (arg.startsWith("--expression=")) {
                scripts.add(arg.substring("--expression=".length()));
                explicitScripts = true;
            } else if (HARMLESS_OPTIONS.contains(arg)) {
                continue;
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                return Optional.empty();
            } else if (!explicitScripts && scripts.isEmpty()) {
                scripts.add(arg);
            } else {
                files.add(arg);
            }
        }
        return Optional.of(new SedCommand(quiet, List.copyOf(scripts), List.copyOf(files)));
    }

    /** The one file of {@code sed -n N[,M]p file}, the form that just shows some of its lines. */
    Optional<String> printedFile() {
        boolean printsRange = quiet && scripts.size() == 1 && PRINT_RANGE.matcher(scripts.getFirst()).matches();
        return printsRange && files.size() == 1 ? Optional.of(files.getFirst()) : Optional.empty();
    }
}
