package dev.codeloop.server.aot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Where the AOT cache of a server jar lives. A cache only fits the exact JDK build and jar it was made from,
 * and the JVM does not notice a stale one (JDK-8377932), so the file name carries both:
 * {@code codeloop-<java.runtime.version>-<first 16 hex of the jar's SHA-256>.aot}, next to the jar.
 * {@code bin/codeloop} computes the same name; the memo file beside the jar spares it hashing on every start.
 */
public final class AotCacheName {

    private AotCacheName() {
    }

    /** The cache file name for a JDK runtime version and a jar digest (hex). */
    public static String of(String runtimeVersion, String jarSha256) {
        return "codeloop-" + runtimeVersion.replaceAll("[^A-Za-z0-9._-]", "_") + jarSuffix(jarSha256);
    }

    /** True when {@code fileName} names a cache of the jar with this digest, for whichever JDK build. */
    static boolean isCacheOf(String fileName, String jarSha256) {
        return fileName.startsWith("codeloop-") && fileName.endsWith(jarSuffix(jarSha256));
    }

    private static String jarSuffix(String jarSha256) {
        return "-" + jarSha256.substring(0, 16) + ".aot";
    }

    /**
     * The memo {@code bin/codeloop} reads: {@code <jar>.sha256}, holding "sha256 size mtime-seconds" and
     * carrying the jar's own mtime, so the launcher can tell with a file-time comparison that the jar is the
     * one that was hashed.
     */
    public static Path memo(Path jar) {
        return jar.resolveSibling(jar.getFileName() + ".sha256");
    }

    static String memoText(Path jar, String sha256) throws IOException {
        return sha256 + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).to(TimeUnit.SECONDS) + "\n";
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
