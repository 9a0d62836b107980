package dev.codeloop.core.tools.patch.engine;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a file that a patch changes, as UTF-8 text, refusing anything that is not. */
final class TextFiles {

    private TextFiles() {
    }

    /** The file's text, or a BINARY_FILE refusal naming {@code shownPath}. */
    static String read(Path file, String shownPath) throws PatchException {
        byte[] bytes = readBytes(file, shownPath);
        return decode(bytes).orElseThrow(() -> new PatchException(Kind.BINARY_FILE, "Failed to update " + shownPath
                + ": it is not a UTF-8 text file (" + bytes.length + " bytes); apply_patch only edits text; change "
                + "this file with a command instead.", file));
    }

    static byte[] readBytes(Path file, String shownPath) throws PatchException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PatchException(Kind.IO_ERROR, "Failed to read " + shownPath + ": " + e, file, e);
        }
    }

    /** The text of {@code bytes}, or empty if they are not UTF-8 or contain NUL (a binary file). */
    static Optional<String> decode(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
