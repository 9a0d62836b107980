package dev.codeloop.core.tools.patch.engine;

/** The marker lines of the patch format, and how a (stripped) line is recognised as one. */
final class PatchMarkers {

    static final String BEGIN_PATCH = "*** Begin Patch";
    static final String END_PATCH = "*** End Patch";
    static final String ADD_FILE = "*** Add File:";
    static final String DELETE_FILE = "*** Delete File:";
    static final String UPDATE_FILE = "*** Update File:";
    static final String MOVE_TO = "*** Move to:";
    static final String END_OF_FILE = "*** End of File";
    static final String CHUNK = "@@";

    static final String VALID_HUNK_HEADERS =
            "Valid hunk headers: '*** Add File: {path}', '*** Delete File: {path}', '*** Update File: {path}'";

    private PatchMarkers() {
    }

    static boolean isHunkHeader(String stripped) {
        return stripped.startsWith(ADD_FILE) || stripped.startsWith(DELETE_FILE) || stripped.startsWith(UPDATE_FILE);
    }

    /** Why {@code line} cannot start a hunk, for the model. */
    static String notAHunkHeader(String line) {
        String stripped = line.strip();
        if (stripped.equals(END_PATCH) || stripped.equals(BEGIN_PATCH)) {
            return "'" + stripped + "' may appear only once, as the first or last line: put all file operations in "
                    + "one patch";
        }
        return "'" + line + "' is not a valid hunk header. " + VALID_HUNK_HEADERS;
    }

    static boolean isChunkStart(String stripped) {
        return stripped.equals(CHUNK) || stripped.startsWith(CHUNK + " ");
    }
}
