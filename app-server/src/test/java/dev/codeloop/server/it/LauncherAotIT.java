package dev.codeloop.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codeloop.server.aot.AotCacheName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * bin/codeloop and the AOT cache made by {@code mvn package}: the cache is used only for the JDK build and jar it
 * was made from, the server works without it, and whatever the JVM says about a cache never reaches stdout.
 */
class LauncherAotIT {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("bin/codeloop");
    private static final Path JAR = ROOT.resolve("app-server/target/codeloop.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Run(int exit, List<String> stdout, String stderr) {
    }

    @Test
    void packageMadeTheCacheForThisJdkAndJarAndTheLauncherUsesIt() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path expected = JAR.resolveSibling(
                AotCacheName.of(System.getProperty("java.runtime.version"), AotCacheName.sha256(JAR)));
        assertTrue(Files.isRegularFile(expected), "mvn package should have made " + expected);
        Run run = launch(Map.of(), List.of("--version"), null);
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("AOT cache: " + expected), run.stderr());
    }

    @Test
    void aJarChangedAfterItsCacheWasMadeRunsWithoutTheCache(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = copyJarWithItsCache(dir);
        Run fresh = launch(Map.of("CODELOOP_JAR", jar.toString()), List.of("--version"), null);
        assertTrue(fresh.stderr().contains("AOT cache: " + dir), fresh.stderr());

        // Another jar put in its place (a rebuild, a copy): its mtime differs from the memo's.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        Run stale = launch(Map.of("CODELOOP_JAR", jar.toString()), List.of("--version"), null);
        assertTrue(stale.stderr().contains("AOT cache: none (" + jar + " changed since its cache was made)"),
                stale.stderr());
        assertEquals(List.of("codeloop 0.1.0"), stale.stdout());
    }

    @Test
    void withoutACacheTheServerStillServes() throws Exception {
        Run run = launch(Map.of("CODELOOP_AOT", "off"), List.of("app-server"), session());
        assertTrue(run.stderr().contains("AOT cache: none (CODELOOP_AOT=off)"), run.stderr());
        assertOnlyProtocolAndAnswered(run);
    }

    @Test
    void stdoutCarriesOnlyProtocolWithTheCache() throws Exception {
        assertOnlyProtocolAndAnswered(launch(Map.of(), List.of("app-server"), session()));
    }

    /** A cache the JVM cannot use (e.g. made by another JDK build) makes it complain: on stderr, never stdout. */
    @Test
    void aBrokenCacheIsReportedOnStderrOnly(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = copyJarWithItsCache(dir);
        for (Path cache : caches(dir)) {
            Files.writeString(cache, "not an AOT cache");
        }
        Run run = launch(Map.of("CODELOOP_JAR", jar.toString()), List.of("app-server"), session());
        assertTrue(run.stderr().contains("AOT cache: " + dir), run.stderr());
        assertOnlyProtocolAndAnswered(run);
    }

    /**
     * A JDK other than the build's (here: its cache removed): the first server start trains a cache in a detached
     * JVM, without a word on stdout, and the next start uses it.
     */
    @Test
    void aMissingCacheForThisJdkIsTrainedInTheBackgroundForTheNextStart(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = copyJarWithItsCache(dir);
        deleteCaches(dir);

        Run first = launch(Map.of("CODELOOP_JAR", jar.toString()), List.of("app-server"), session());
        assertTrue(first.stderr().contains("AOT cache: none (no cache for Java"), first.stderr());
        assertTrue(first.stderr().contains("in the background"), first.stderr());
        assertOnlyProtocolAndAnswered(first);

        Path expected = dir.resolve(AotCacheName.of(System.getProperty("java.runtime.version"), AotCacheName.sha256(jar)));
        Path lock = dir.resolve("aot-training.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!(Files.isRegularFile(expected) && !Files.exists(lock)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Files.isRegularFile(expected), "no cache trained in the background; log:\n"
                + readIfExists(dir.resolve("aot-training-launcher.log")));
        assertFalse(Files.exists(lock), "the training left its lock behind");

        Run next = launch(Map.of("CODELOOP_JAR", jar.toString()), List.of("app-server"), session());
        assertTrue(next.stderr().contains("AOT cache: " + expected), next.stderr());
        assertOnlyProtocolAndAnswered(next);
    }

    @Test
    void aTrainingUnderWayIsNotStartedTwice(@TempDir Path dir) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = copyJarWithItsCache(dir);
        deleteCaches(dir);
        Files.createDirectory(dir.resolve("aot-training.lock")); // another server's training, just started

        Run run = launch(Map.of("CODELOOP_JAR", jar.toString()), List.of("app-server"), session());
        assertFalse(run.stderr().contains("in the background"), run.stderr());
        assertOnlyProtocolAndAnswered(run);
    }

    private static void deleteCaches(Path dir) throws IOException {
        for (Path cache : caches(dir)) {
            Files.delete(cache);
        }
    }

    private static List<Path> caches(Path dir) throws IOException {
        try (var caches = Files.newDirectoryStream(dir, "codeloop-*.aot")) {
            List<Path> all = new ArrayList<>();
            caches.forEach(all::add);
            return all;
        }
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "(none)";
    }

    private static Path copyJarWithItsCache(Path dir) throws IOException {
        Path jar = dir.resolve("codeloop.jar");
        Files.copy(JAR, jar, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(AotCacheName.memo(JAR), AotCacheName.memo(jar), StandardCopyOption.COPY_ATTRIBUTES);
        for (Path cache : caches(JAR.getParent())) {
            Files.copy(cache, dir.resolve(cache.getFileName()));
        }
        return jar;
    }

    private static String session() {
        return """
                {"id":0,"method":"initialize","params":{"clientInfo":{"name":"launcher-it","version":"1"}}}
                {"method":"initialized"}
                {"id":1,"method":"no/such/method","params":{}}
                """;
    }

    private static void assertOnlyProtocolAndAnswered(Run run) {
        assertEquals(0, run.exit(), run.stderr());
        List<Long> answered = new ArrayList<>();
        for (String line : run.stdout()) {
            JsonNode message = JSON.readTree(line); // throws on anything that is not JSON
            assertTrue(message.isObject() && (message.has("id") || message.has("method")), line);
            if (message.has("id") && (message.has("result") || message.has("error"))) {
                answered.add(message.get("id").asLong());
            }
        }
        assertEquals(List.of(0L, 1L), answered, String.join("\n", run.stdout()));
        assertFalse(run.stdout().isEmpty());
    }

    private static Run launch(Map<String, String> env, List<String> args, String stdin) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(args);
        Path home = Files.createTempDirectory("codeloop-launcher-it-");
        Path err = Files.createTempFile("codeloop-launcher-it-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().putAll(env);
        builder.environment().put("CODELOOP_JAVA", JAVA);
        builder.environment().put("CODELOOP_HOME", home.toString());
        builder.environment().put("CODELOOP_LAUNCH_DEBUG", "1");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not exit: " + Files.readString(err));
        }
        List<String> lines = out.isEmpty() ? List.of() : List.of(out.split("\n"));
        return new Run(process.exitValue(), lines, Files.readString(err));
    }
}
