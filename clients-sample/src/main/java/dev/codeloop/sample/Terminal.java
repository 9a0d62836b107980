package dev.codeloop.sample;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/** Whether a person is at the keyboard: stdin and stdout are a terminal, not a pipe or a file. */
final class Terminal {

    private Terminal() {
    }

    /**
     * {@code System.console() != null} means "a terminal" up to JDK 21; from JDK 22 a console exists even when
     * the streams are redirected, and {@code Console.isTerminal()} (not in our release-21 API) tells the truth.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console only exists for a terminal
        }
    }

    /** Our stdout as UTF-8 whatever the locale says, so "—" and "✓" do not turn into "?" in bare containers. */
    static PrintStream utf8Stdout() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    }

    static PrintStream utf8Stderr() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    }
}
