package dev.codeloop.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A conservative parser for the plain subset of bash: simple commands made of words (bare, {@code 'single'}
 * or {@code "double"} quoted, backslash escapes) joined by {@code &&}, {@code ||}, {@code |}, {@code ;} or
 * newlines.
 *
 * <p>It gives up (returns empty) on anything whose effect it cannot read off the words: {@code $} in any form
 * (variables, {@code $(…)}, arithmetic), backticks, redirections (including {@code 2>/dev/null} and
 * {@code 2>&1}), here-documents, process substitution, subshells and {@code { …; }} groups, brace expansion,
 * background {@code &}, comments, leading variable assignments ({@code A=b cmd}), reserved words in command
 * position ({@code if}, {@code for}, {@code !}, {@code time}, …), empty commands ({@code && ls},
 * {@code ls | | wc}, {@code ls ;;}) and scripts with no command at all.
 *
 * <p>Globs ({@code *.py}) and {@code ~} are accepted and returned as written, like Codex does: they only ever
 * become file names. Callers that care (the known-safe check) can see them on {@link ShellWord}.
 */
public final class ShellScriptParser {

    private static final Set<String> RESERVED_WORDS = Set.of("!", "[[", "]]", "case", "coproc", "do", "done",
            "elif", "else", "esac", "fi", "for", "function", "if", "in", "select", "then", "time", "until",
            "while");

    /** {@code NAME=}, {@code NAME+=} or {@code NAME[i]=} at the start of a word. */
    private static final Pattern ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\[[^\\]]*])?\\+?=.*",
            Pattern.DOTALL);

    private ShellScriptParser() {
    }

    /** The argv of each command in order, or empty when the script is not plain (see the class comment). */
    public static Optional<List<List<String>>> parse(String script) {
        return parseSegments(script).map(segments -> segments.stream().map(ScriptSegment::argv).toList());
    }

    /** Like {@link #parse} but keeping how each word was written and which operator joins the commands. */
    static Optional<List<ScriptSegment>> parseSegments(String script) {
        return ShellLexer.tokenize(script).flatMap(ShellScriptParser::segments);
    }

    /** Whether bash would read this word, in command position, as syntax rather than a program name. */
    static boolean isSyntaxInCommandPosition(String unquotedWord) {
        return RESERVED_WORDS.contains(unquotedWord) || ASSIGNMENT.matcher(unquotedWord).matches();
    }

    private static Optional<List<ScriptSegment>> segments(List<ShellToken> tokens) {
        List<ScriptSegment> segments = new ArrayList<>();
        List<ShellWord> current = new ArrayList<>();
        boolean needsCommand = false; // after && || |, another command must follow
        for (ShellToken token : tokens) {
            switch (token) {
                case ShellToken.Word(ShellWord word) -> {
                    if (current.isEmpty() && !word.quoted() && isSyntaxInCommandPosition(word.value())) {
                        return Optional.empty();
                    }
                    current.add(word);
                }
                case ShellToken.Operator(String op) when op.equals("\n") -> {
                    // a newline ends a command; blank lines and newlines after && || | are just whitespace
                    if (!current.isEmpty()) {
                        segments.add(new ScriptSegment(current, Separator.SEQUENCE));
                        current.clear();
                        needsCommand = false;
                    }
                }
                case ShellToken.Operator(String op) -> {
                    if (current.isEmpty()) {
                        return Optional.empty();
                    }
                    Separator separator = separatorFor(op);
                    segments.add(new ScriptSegment(current, separator));
                    current.clear();
                    needsCommand = separator != Separator.SEQUENCE;
                }
            }
        }
        if (!current.isEmpty()) {
            segments.add(new ScriptSegment(current, Separator.END));
        } else if (needsCommand || segments.isEmpty()) {
            return Optional.empty();
        } else {
            // a trailing ; or newline ends the script like nothing at all
            ScriptSegment last = segments.removeLast();
            segments.add(new ScriptSegment(last.words(), Separator.END));
        }
        return Optional.of(List.copyOf(segments));
    }

    private static Separator separatorFor(String op) {
        return switch (op) {
            case "&&" -> Separator.AND;
            case "||" -> Separator.OR;
            case "|" -> Separator.PIPE;
            default -> Separator.SEQUENCE;
        };
    }
}
