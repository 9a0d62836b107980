package dev.codeloop.core.tools.patch.engine;

import java.nio.file.Path;

/**
 * A patch that cannot be parsed, planned or applied. The message is written for the model: it says what is
 * wrong and, where it can, what to do instead. {@link #path()} is the absolute path concerned, or null.
 */
public final class PatchException extends Exception {

    /** Why the patch failed, for callers that react differently (e.g. ask for approval on OUTSIDE_WRITABLE_ROOTS). */
    public enum Kind {
        /** The patch text does not follow the format. */
        INVALID_PATCH,
        /** The lines a chunk expects (or its {@code @@} header) are not in the file. */
        NO_MATCH,
        /** The path is outside every writable root. */
        OUTSIDE_WRITABLE_ROOTS,
        /** Update, Delete or Move of a file that does not exist. */
        FILE_NOT_FOUND,
        /** Add, or Move onto, a path that already exists. */
        FILE_EXISTS,
        /** A directory (or something else) where a regular file is expected, or a file where a directory is. */
        NOT_A_FILE,
        /** The file is not UTF-8 text, so it cannot be patched line by line. */
        BINARY_FILE,
        /** A file changed on disk between planning and applying; nothing was written. */
        STALE,
        /** Reading or writing failed; when applying, everything already written was rolled back. */
        IO_ERROR
    }

    private final Kind kind;
    private final transient Path path;

    public PatchException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public PatchException(Kind kind, String message, Path path) {
        this(kind, message, path, null);
    }

    public PatchException(Kind kind, String message, Path path, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.path = path;
    }

    public Kind kind() {
        return kind;
    }

    public Path path() {
        return path;
    }
}
