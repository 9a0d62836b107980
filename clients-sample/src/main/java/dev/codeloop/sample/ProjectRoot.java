package dev.codeloop.sample;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the Codeloop checkout: the nearest directory at or above a start point that holds {@code bin/codeloop}. */
final class ProjectRoot {

    static final Path LAUNCHER = Path.of("bin", "codeloop");
    static final Path SERVER_JAR = Path.of("app-server", "target", "codeloop.jar");

    private ProjectRoot() {
    }

    /** From the current directory first (a user in the checkout), then from where this code was loaded (the demo jar). */
    static Optional<Path> locate() {
        return findFrom(Path.of("").toAbsolutePath()).or(() -> codeLocation().flatMap(ProjectRoot::findFrom));
    }

    static Optional<Path> findFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(LAUNCHER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = ProjectRoot.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
