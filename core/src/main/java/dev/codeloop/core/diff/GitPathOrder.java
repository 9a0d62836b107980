package dev.codeloop.core.diff;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** The order git lists files in a diff: by the bytes of their paths ({@code a-b} before {@code a/c}). */
final class GitPathOrder {

    static final Comparator<String> PATHS = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private GitPathOrder() {
    }
}
