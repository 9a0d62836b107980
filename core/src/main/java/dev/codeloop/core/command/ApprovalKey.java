package dev.codeloop.core.command;

import dev.codeloop.core.exec.ShellQuoting;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an "accept for this session" approval of a command is remembered under: a later command is approved
 * without asking only if its key is equal. Like Codex's, the key holds the command, the directory it runs in
 * and whether it asked to run outside the sandbox, so approving {@code rm x} in one directory, or sandboxed,
 * approves nothing else.
 *
 * @param command   the script, normalised by {@link #normalise}
 * @param cwd       the absolute, normalised directory the command runs in
 * @param escalated whether it runs outside the sandbox ({@code sandbox_permissions: require_escalated})
 */
public record ApprovalKey(String command, Path cwd, boolean escalated) {

    public ApprovalKey {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(cwd, "cwd");
    }

    public static ApprovalKey of(String script, Path cwd, boolean escalated) {
        return new ApprovalKey(normalise(script), cwd.toAbsolutePath().normalize(), escalated);
    }

    /**
     * The script in a canonical spelling, so that scripts differing only in spacing, quoting style or
     * {@code ;} versus newline share a key, and scripts that could behave differently never do.
     *
     * <p>A script {@link ShellScriptParser} accepts is re-written from its parsed commands: each word
     * quoted with {@link ShellQuoting#quote}, except words with an unquoted glob or {@code ~}, which keep
     * their spelling (quoting would stop the expansion); a first word bash would read as syntax
     * ({@code if}, {@code A=b}) stays quoted; words joined by single spaces, commands by {@code " && "},
     * {@code " || "}, {@code " | "} or {@code "; "}. So {@code ls  -la&&cat "README.md"} becomes
     * {@code ls -la && cat README.md}, while {@code ls *.py} and {@code ls '*.py'} stay apart. The rewrite
     * parses back to the same commands, so it never equals the key of a different script.
     *
     * <p>Any other script is kept as written, only trimmed of surrounding whitespace. Such text never parses,
     * so it cannot collide with a rewritten one.
     */
    public static String normalise(String script) {
        Optional<List<ScriptSegment>> segments = ShellScriptParser.parseSegments(script);
        if (segments.isEmpty()) {
            return script.strip();
        }
        StringBuilder out = new StringBuilder();
        for (ScriptSegment segment : segments.get()) {
            List<ShellWord> words = segment.words();
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(spell(words.get(i), i == 0));
            }
            out.append(switch (segment.next()) {
                case END -> "";
                case SEQUENCE -> "; ";
                default -> " " + segment.next().text() + " ";
            });
        }
        return out.toString();
    }

    private static String spell(ShellWord word, boolean commandPosition) {
        if (word.expands()) {
            return word.source();
        }
        String quoted = ShellQuoting.quote(word.value());
        boolean readAsSyntax = commandPosition && quoted.equals(word.value())
                && ShellScriptParser.isSyntaxInCommandPosition(word.value());
        return readAsSyntax ? "'" + quoted + "'" : quoted;
    }
}
