package dev.codeloop.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line that starts the app server. By default {@code <root>/bin/codeloop app-server}, which finds
 * its own JDK; {@code --server} replaces it with a jar (run on this JVM) or a whole command line.
 */
record ServerCommand(List<String> argv, boolean isDefaultLauncher, Path root) {

    /** {@code override}: null, a path ending in {@code .jar}, or a command line split on spaces (no quoting). */
    static ServerCommand resolve(String override, Path root) {
        if (override == null) {
            return new ServerCommand(List.of(root.resolve(ProjectRoot.LAUNCHER).toString(), "app-server"), true, root);
        }
        String trimmed = override.strip();
        if (trimmed.endsWith(".jar")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return new ServerCommand(List.of(java, "-jar", trimmed, "app-server"), false, root);
        }
        return new ServerCommand(Arrays.asList(trimmed.split("\\s+")), false, root);
    }

    /**
     * Why the server cannot start, or null if it looks fine. Only checks the default launcher's jar: that is
     * what a fresh checkout is missing before its first build.
     */
    String problem() {
        if (!isDefaultLauncher || System.getenv("CODELOOP_JAR") != null) {
            return null;
        }
        if (!Files.isRegularFile(root.resolve(ProjectRoot.SERVER_JAR))) {
            return "the server is not built yet (" + root.resolve(ProjectRoot.SERVER_JAR) + " is missing); run: mvn -q -DskipTests package";
        }
        return null;
    }

    String display() {
        return String.join(" ", argv);
    }
}
