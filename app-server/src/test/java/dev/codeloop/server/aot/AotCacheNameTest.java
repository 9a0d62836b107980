package dev.codeloop.server.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache is only ever found under the name of the exact JDK build and jar it was made from. */
class AotCacheNameTest {

    @Test
    void nameCarriesTheRuntimeVersionAndTheJarHash() {
        String sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assertEquals("codeloop-25.0.3_9-LTS-0123456789abcdef.aot", AotCacheName.of("25.0.3+9-LTS", sha));
    }

    @Test
    void cachesOfOneJarAreKnownWhicheverJdkMadeThem() {
        String sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        String other = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
        assertTrue(AotCacheName.isCacheOf(AotCacheName.of("25.0.3+9-LTS", sha), sha));
        assertTrue(AotCacheName.isCacheOf(AotCacheName.of("25.0.4+7-LTS", sha), sha));
        assertFalse(AotCacheName.isCacheOf(AotCacheName.of("25.0.3+9-LTS", other), sha));
    }

    @Test
    void aChangedJarOrAnotherJdkMeansAnotherFile(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("codeloop.jar");
        Files.write(jar, new byte[] {1, 2, 3});
        String before = AotCacheName.of("25.0.3+9-LTS", AotCacheName.sha256(jar));
        Files.write(jar, new byte[] {1, 2, 4});
        String after = AotCacheName.of("25.0.3+9-LTS", AotCacheName.sha256(jar));
        assertNotEquals(before, after);
        assertNotEquals(after, AotCacheName.of("25.0.4+7-LTS", AotCacheName.sha256(jar)));
    }

    @Test
    void memoHoldsTheHashSizeAndMtime(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("codeloop.jar");
        Files.write(jar, new byte[] {1, 2, 3});
        String sha = AotCacheName.sha256(jar);
        String memo = AotCacheName.memoText(jar, sha);
        assertTrue(memo.startsWith(sha + " 3 "), memo);
        assertEquals(dir.resolve("codeloop.jar.sha256"), AotCacheName.memo(jar));
    }
}
