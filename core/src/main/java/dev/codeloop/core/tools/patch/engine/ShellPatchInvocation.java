package dev.codeloop.core.tools.patch.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a shell command that only runs {@code apply_patch} (or {@code applypatch}), so the patch can be
 * applied by the engine instead of a program that does not exist: {@code apply_patch <<'EOF' ... EOF} (any
 * delimiter, quoted or not, {@code <<-} too), or {@code apply_patch '<patch>'} with the patch as one literal
 * argument, optionally preceded by {@code cd <dir> &&}. Anything more in the command (a pipe, a second
 * command, an expansion) means it is an ordinary command.
 */
public final class ShellPatchInvocation {

    private static final Set<String> COMMANDS = Set.of("apply_patch", "applypatch");
    private static final Set<String> SHELLS = Set.of("bash", "sh", "zsh", "dash", "ksh");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)[ \\t]*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\2[ \\t]*");

    private ShellPatchInvocation() {
    }

    /** The patch in a shell script such as the one given to {@code bash -lc}, if that is all the script does. */
    public static Optional<ShellPatch> detect(String script) {
        String s = script.replace("\r\n", "\n").strip();
        ShellWord word = ShellWord.read(s, 0);
        String cd = null;
        if (word != null && word.value().equals("cd")) {
            ShellWord dir = ShellWord.read(s, word.end());
            int and = dir == null ? -1 : ShellWord.skipBlanks(s, dir.end());
            if (and < 0 || !s.startsWith("&&", and)) {
                return Optional.empty();
            }
            cd = dir.value();
            word = ShellWord.read(s, and + 2);
        }
        if (word == null || !COMMANDS.contains(word.value())) {
            return Optional.empty();
        }
        int rest = ShellWord.skipBlanks(s, word.end());
        Optional<String> patch;
        if (s.startsWith("<<", rest)) {
            patch = heredoc(s, rest);
        } else {
            ShellWord argument = ShellWord.read(s, rest);
            boolean alone = argument != null && s.substring(argument.end()).isBlank();
            patch = alone ? Optional.of(argument.value()) : Optional.empty();
        }
        String dir = cd;
        return patch.map(text -> new ShellPatch(text, dir));
    }

    /**
     * The patch in an exec command line: {@code [apply_patch, <patch>]}, or a shell running a script that
     * {@link #detect(String)} recognises ({@code [bash, -lc, <script>]}).
     */
    public static Optional<ShellPatch> detect(List<String> command) {
        if (command.size() == 2 && COMMANDS.contains(command.getFirst())) {
            return Optional.of(new ShellPatch(command.get(1), null));
        }
        if (command.size() == 3 && isShell(command.getFirst())
                && (command.get(1).equals("-c") || command.get(1).equals("-lc"))) {
            return detect(command.get(2));
        }
        return Optional.empty();
    }

    private static boolean isShell(String program) {
        return SHELLS.contains(program.substring(program.lastIndexOf('/') + 1));
    }

    /** The body of the heredoc whose operator starts at {@code at}, if nothing but blank lines follows it. */
    private static Optional<String> heredoc(String s, int at) {
        int lineEnd = s.indexOf('\n', at);
        if (lineEnd < 0) {
            return Optional.empty();
        }
        Matcher operator = HEREDOC.matcher(s.substring(at, lineEnd));
        if (!operator.matches()) {
            return Optional.empty();
        }
        boolean stripTabs = !operator.group(1).isEmpty();
        String delimiter = operator.group(3);
        String[] lines = s.substring(lineEnd + 1).split("\n", -1);
        StringBuilder body = new StringBuilder();
        int i = 0;
        for (; i < lines.length; i++) {
            String line = stripTabs ? lines[i].replaceFirst("^\t+", "") : lines[i];
            if (line.stripTrailing().equals(delimiter)) {
                break;
            }
            body.append(line).append('\n');
        }
        // Like bash, a missing delimiter ends the heredoc at the end of the script.
        for (int j = i + 1; j < lines.length; j++) {
            if (!lines[j].isBlank()) {
                return Optional.empty();
            }
        }
        return Optional.of(body.toString());
    }
}
