package dev.codeloop.core.command;

/** What {@link ShellLexer} produces: a word or a control operator. */
sealed interface ShellToken {

    record Word(ShellWord word) implements ShellToken {
    }

    /** {@code &&}, {@code ||}, {@code |}, {@code ;} or a newline ({@code "\n"}). */
    record Operator(String text) implements ShellToken {
    }
}
