package dev.codeloop.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a bash script into words and control operators, refusing every construct whose effect depends on
 * more than the words themselves: expansions ({@code $}, backticks), redirections, subshells and groups,
 * brace expansion, background jobs and comments. Quotes and backslash escapes are removed the way bash
 * removes them. Globs and {@code ~} are kept as written and flagged on the word.
 */
final class ShellLexer {

    private final String src;
    private int pos;
    private final List<ShellToken> tokens = new ArrayList<>();

    private ShellLexer(String src) {
        this.src = src;
    }

    /** The tokens, or empty when the script uses anything beyond plain words and {@code && || | ;}. */
    static Optional<List<ShellToken>> tokenize(String script) {
        try {
            ShellLexer lexer = new ShellLexer(script);
            lexer.run();
            return Optional.of(List.copyOf(lexer.tokens));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\\' && peek(1) == '\n') {
                pos += 2; // a line continuation between words is just whitespace
            } else if (c == '\n' || c == ';') {
                pos++;
                tokens.add(new ShellToken.Operator(c == '\n' ? "\n" : ";"));
            } else if (c == '&') {
                requireNext('&'); // a lone & runs in the background; &> redirects
                tokens.add(new ShellToken.Operator("&&"));
            } else if (c == '|') {
                pos++;
                if (peek(0) == '|') {
                    pos++;
                    tokens.add(new ShellToken.Operator("||"));
                } else if (peek(0) == '&') {
                    throw new NotPlain(); // |& also pipes stderr
                } else {
                    tokens.add(new ShellToken.Operator("|"));
                }
            } else if (c == '#') {
                throw new NotPlain(); // a comment: harmless, but nothing we need to accept
            } else {
                tokens.add(new ShellToken.Word(word()));
            }
        }
    }

    private ShellWord word() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        boolean globbed = false;
        boolean tilde = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|') {
                break;
            }
            pos++;
            switch (c) {
                case '\'' -> singleQuoted(value);
                case '"' -> doubleQuoted(value);
                case '\\' -> escaped(value);
                case '*', '?', '[' -> {
                    globbed = true;
                    value.append(c);
                }
                case '~' -> {
                    tilde = true;
                    value.append(c);
                }
                // expansions, redirections, subshells, groups and brace expansion
                case '$', '`', '<', '>', '(', ')', '{', '}' -> throw new NotPlain();
                default -> value.append(c);
            }
        }
        return new ShellWord(value.toString(), src.substring(start, pos), globbed, tilde);
    }

    private void singleQuoted(StringBuilder value) {
        int end = src.indexOf('\'', pos);
        if (end < 0) {
            throw new NotPlain();
        }
        value.append(src, pos, end);
        pos = end + 1;
    }

    /** Inside double quotes only {@code $ ` " \} and newline can be escaped; other backslashes stay. */
    private void doubleQuoted(StringBuilder value) {
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            switch (c) {
                case '"' -> {
                    return;
                }
                case '$', '`' -> throw new NotPlain();
                case '\\' -> {
                    if (pos >= src.length()) {
                        throw new NotPlain();
                    }
                    char next = src.charAt(pos++);
                    if ("$`\"\\".indexOf(next) >= 0) {
                        value.append(next);
                    } else if (next != '\n') {
                        value.append('\\').append(next);
                    }
                }
                default -> value.append(c);
            }
        }
        throw new NotPlain(); // unterminated
    }

    private void escaped(StringBuilder value) {
        if (pos >= src.length()) {
            throw new NotPlain();
        }
        char next = src.charAt(pos++);
        if (next != '\n') {
            value.append(next);
        }
    }

    private void requireNext(char expected) {
        if (peek(1) != expected) {
            throw new NotPlain();
        }
        pos += 2;
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    /** Thrown inside the lexer to abandon a script; never escapes it. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }
}
