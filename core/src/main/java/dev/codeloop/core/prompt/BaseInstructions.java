package dev.codeloop.core.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Codeloop's own system prompt, shipped as a resource so it reads (and diffs) as prose. */
public final class BaseInstructions {

    private static final String RESOURCE = "base_instructions.md";

    private BaseInstructions() {
    }

    private static final class Holder {
        static final String TEXT = load();
    }

    public static String text() {
        return Holder.TEXT;
    }

    private static String load() {
        try (InputStream in = BaseInstructions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
