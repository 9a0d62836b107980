package dev.codeloop.server.aot;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -cp codeloop.jar dev.codeloop.server.aot.AotCacheBuilder <jar>}: makes the jar's AOT cache with
 * the JDK running this class (run by {@code mvn package}). The training runs in a separate JVM because
 * {@code -XX:AOTCacheOutput} prints to stdout; its output is written to a temp file and renamed into place, so
 * a cache file either is complete or does not exist. JDKs before 25 cannot make one: the server then runs
 * without it.
 */
public final class AotCacheBuilder {

    /** The JVM flags of {@code bin/codeloop}: a cache works best when trained with the flags it serves with. */
    public static final List<String> RUNTIME_FLAGS = List.of("-Xlog:disable", "-Xlog:all=warning:stderr",
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xss1m", "-Xms8m", "-Xmx512m",
            "-XX:CompileCommand=quiet", "-XX:CompileCommand=MemLimit,*.*,2m");
    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    private AotCacheBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: AotCacheBuilder <server jar>");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        if (Runtime.version().feature() < 25) {
            System.out.println("codeloop: JDK " + Runtime.version() + " cannot make an AOT cache (needs 25+); "
                    + "the server runs without one");
            return;
        }
        String sha = AotCacheName.sha256(jar);
        Path cache = jar.resolveSibling(AotCacheName.of(System.getProperty("java.runtime.version"), sha));
        removeCachesOfOtherJars(jar.getParent(), sha);
        Path temp = jar.resolveSibling(cache.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Path log = jar.resolveSibling("aot-training.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:AOTCacheOutput=" + temp);
        command.addAll(RUNTIME_FLAGS);
        command.addAll(List.of("-cp", jar.toString(), AotTraining.class.getName()));
        Process training;
        try (TrainingModelServer model = TrainingModelServer.start()) {
            command.add(model.baseUrl());
            training = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!training.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                training.destroyForcibly();
                fail("AOT training did not finish in " + TRAINING_TIMEOUT_SECONDS + " s; see " + log);
            }
        }
        if (training.exitValue() != 0 || !Files.isRegularFile(temp)) {
            Files.deleteIfExists(temp);
            fail("AOT training failed (exit " + training.exitValue() + "); see " + log);
        }
        Files.move(temp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path memo = AotCacheName.memo(jar);
        Path memoTemp = jar.resolveSibling(memo.getFileName() + ".tmp");
        Files.writeString(memoTemp, AotCacheName.memoText(jar, sha));
        // Same mtime as the jar: the launcher's freshness check is a cheap mtime comparison (no process).
        Files.setLastModifiedTime(memoTemp, Files.getLastModifiedTime(jar));
        Files.move(memoTemp, memo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("codeloop: AOT cache " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MiB)");
    }

    /**
     * Caches of other builds of the jar can never match again; keep the directory from filling up. Caches of
     * this jar for other JDK builds stay: the launcher trains one per JDK it runs on.
     */
    private static void removeCachesOfOtherJars(Path dir, String sha) throws IOException {
        try (DirectoryStream<Path> caches = Files.newDirectoryStream(dir, "codeloop-*.aot")) {
            for (Path cache : caches) {
                if (!AotCacheName.isCacheOf(cache.getFileName().toString(), sha)) {
                    Files.deleteIfExists(cache);
                }
            }
        }
    }

    private static void fail(String message) {
        System.err.println("codeloop: " + message);
        System.exit(1);
    }
}
