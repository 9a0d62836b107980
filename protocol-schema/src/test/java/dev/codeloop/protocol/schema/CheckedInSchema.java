package dev.codeloop.protocol.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where the checked-in schema lives (tests run in the protocol-schema module directory), and how to refresh it. */
final class CheckedInSchema {

    static final Path ROOT = Path.of("schema");
    static final Path JSON = ROOT.resolve("json");
    static final Path TYPESCRIPT = ROOT.resolve("typescript");
    static final Path RELEASED = ROOT.resolve("released");
    static final Path APP_SERVER_README = Path.of("..", "app-server", "README.md");

    /** {@code -Dcodeloop.schema.write=true}: the drift test rewrites the checked-in files instead of failing. */
    static final boolean WRITE = Boolean.getBoolean("codeloop.schema.write");

    static final String HOW_TO_REGENERATE = """
            The checked-in schema is out of date. Regenerate it (and review the diff) with:
              mvn -q -pl protocol-schema -am test -Dtest=SchemaDriftTest -Dcodeloop.schema.write=true \
            -Dsurefire.failIfNoSpecifiedTests=false
            or, after packaging: bin/codeloop app-server generate-json-schema --out protocol-schema/schema/json
                                 bin/codeloop app-server generate-ts --out protocol-schema/schema/typescript""";

    private CheckedInSchema() {
    }

    /** The released versions under {@code released/}, oldest first (semantic version order). */
    static List<String> releases() {
        try (Stream<Path> dirs = Files.list(RELEASED)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .sorted(Comparator.comparing(CheckedInSchema::versionKey)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path latestRelease() {
        List<String> releases = releases();
        if (releases.isEmpty()) {
            throw new AssertionError("no released schema under " + RELEASED.toAbsolutePath());
        }
        return RELEASED.resolve(releases.get(releases.size() - 1));
    }

    /** "1.10.2" → "000001.000010.000002", so that string order is version order. */
    static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            if (!part.matches("\\d+")) {
                throw new AssertionError("release directory is not a version (MAJOR.MINOR.PATCH): " + version);
            }
            key.append(String.format("%06d.", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
