package dev.codeloop.core.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rough reading of a script that {@link ShellScriptParser} refused, good enough to spot the command words
 * of obviously destructive commands ({@code rm -rf "$DIR" 2>/dev/null}, {@code if …; then git reset --hard;
 * fi}). It cuts at every operator, bracket and substitution (quotes included, so it errs towards seeing more
 * commands), drops quote characters and redirections, and strips leading keywords and assignments. Only for
 * detecting danger: its output is not what bash would run.
 */
final class LenientSplitter {

    private static final Pattern COMMAND_BOUNDARY = Pattern.compile("[\\n;&|(){}`]|\\$\\(");
    private static final Pattern REDIRECTION = Pattern.compile("^\\d*(>>?|<<?<?|>\\|)(.*)$", Pattern.DOTALL);
    private static final Set<String> LEADING_KEYWORDS = Set.of("!", "do", "elif", "else", "if", "then", "time",
            "until", "while");

    private LenientSplitter() {
    }

    /** The argv-like word lists of the script's apparent commands; empty ones are left out. */
    static List<List<String>> commands(String script) {
        List<List<String>> commands = new ArrayList<>();
        for (String piece : COMMAND_BOUNDARY.split(script)) {
            List<String> words = commandWords(piece);
            if (!words.isEmpty()) {
                commands.add(words);
            }
        }
        return commands;
    }

    private static List<String> commandWords(String piece) {
        List<String> words = new ArrayList<>();
        List<String> raw = Arrays.stream(piece.replace("'", "").replace("\"", "").replace("\\", "").split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        for (int i = 0; i < raw.size(); i++) {
            var redirection = REDIRECTION.matcher(raw.get(i));
            if (redirection.matches()) {
                if (redirection.group(2).isEmpty()) {
                    i++; // the target is the next word
                }
            } else if (!words.isEmpty() || !isPrefix(raw.get(i))) {
                words.add(raw.get(i));
            }
        }
        return words;
    }

    /** Words before the command proper: keywords and {@code NAME=value} assignments. */
    private static boolean isPrefix(String word) {
        return LEADING_KEYWORDS.contains(word) || ShellScriptParser.isSyntaxInCommandPosition(word);
    }
}
