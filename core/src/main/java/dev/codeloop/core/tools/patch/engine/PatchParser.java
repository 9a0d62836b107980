package dev.codeloop.core.tools.patch.engine;

import static dev.codeloop.core.tools.patch.engine.PatchMarkers.ADD_FILE;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.BEGIN_PATCH;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.DELETE_FILE;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.END_PATCH;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.MOVE_TO;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.UPDATE_FILE;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.VALID_HUNK_HEADERS;

import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the patch format the model writes ({@code *** Begin Patch} ... {@code *** End Patch}). Lenient where
 * models are sloppy in harmless ways (whitespace around markers, CRLF, a heredoc wrapper, blank lines between
 * hunks); strict, with the line number and what was expected, everywhere else.
 */
public final class PatchParser {

    private final PatchText text;
    private int pos;
    private final int end;

    private PatchParser(PatchText text) {
        this.text = text;
        this.pos = text.first() + 1;
        this.end = text.last();
    }

    /** The patch in {@code text}, or a {@link PatchException} of kind INVALID_PATCH whose message is for the model. */
    public static Patch parse(String text) throws PatchException {
        PatchText lines = PatchText.of(text);
        checkEnvelope(lines);
        return new PatchParser(lines).hunks();
    }

    private static void checkEnvelope(PatchText lines) throws PatchException {
        if (lines.isEmpty()) {
            throw invalid("the patch is empty; it must start with '" + BEGIN_PATCH + "' and end with '"
                    + END_PATCH + "'");
        }
        String firstLine = lines.line(lines.first());
        if (!firstLine.strip().equals(BEGIN_PATCH)) {
            throw invalid("line " + PatchText.number(lines.first()) + ": the first line must be '" + BEGIN_PATCH
                    + "', got '" + firstLine + "'");
        }
        String lastLine = lines.line(lines.last());
        if (lines.last() == lines.first() || !lastLine.strip().equals(END_PATCH)) {
            throw invalid("line " + PatchText.number(lines.last()) + ": the last line must be '" + END_PATCH
                    + "', got '" + lastLine + "'");
        }
    }

    private Patch hunks() throws PatchException {
        List<FileOp> ops = new ArrayList<>();
        while (pos < end) {
            String line = text.line(pos);
            if (line.isBlank()) {
                pos++;
                continue;
            }
            ops.add(hunk(line.strip()));
        }
        if (ops.isEmpty()) {
            throw invalid("the patch has no file operations between '" + BEGIN_PATCH + "' and '" + END_PATCH
                    + "'. " + VALID_HUNK_HEADERS);
        }
        return new Patch(ops);
    }

    private FileOp hunk(String header) throws PatchException {
        int headerIndex = pos++;
        if (header.startsWith(ADD_FILE)) {
            return add(path(header, ADD_FILE, headerIndex));
        }
        if (header.startsWith(DELETE_FILE)) {
            FileOp.Delete delete = new FileOp.Delete(path(header, DELETE_FILE, headerIndex));
            int next = nextNonBlank();
            if (next >= 0 && !startsMarker(next)) {
                throw invalid("line " + PatchText.number(next) + ": '" + DELETE_FILE + " " + delete.path() + "' takes "
                        + "no lines after it (to change a file, use '" + UPDATE_FILE + "'), got '" + text.line(next)
                        + "'");
            }
            return delete;
        }
        if (header.startsWith(UPDATE_FILE)) {
            return update(path(header, UPDATE_FILE, headerIndex), headerIndex);
        }
        throw invalidHunk(headerIndex, PatchMarkers.notAHunkHeader(text.line(headerIndex)));
    }

    private FileOp.Add add(String path) throws PatchException {
        StringBuilder contents = new StringBuilder();
        while (pos < end) {
            String line = text.line(pos);
            if (line.startsWith("+")) {
                contents.append(line, 1, line.length()).append('\n');
                pos++;
                continue;
            }
            // Blank lines before the next hunk are layout; anything else is a line that lost its '+'.
            int next = nextNonBlank();
            if (next < 0 || startsMarker(next)) {
                break;
            }
            throw invalid("line " + PatchText.number(pos) + ": every line of an added file starts with '+' "
                    + "(write an empty line as a lone '+'), got '" + line + "'");
        }
        return new FileOp.Add(path, contents.toString());
    }

    /** Index of the next non-blank line of the body, or -1. */
    private int nextNonBlank() {
        for (int i = pos; i < end; i++) {
            if (!text.line(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsMarker(int index) {
        return text.line(index).strip().startsWith("***");
    }

    private FileOp.Update update(String path, int headerIndex) throws PatchException {
        String movePath = null;
        if (pos < end && text.line(pos).strip().startsWith(MOVE_TO)) {
            movePath = path(text.line(pos).strip(), MOVE_TO, pos);
            pos++;
        }
        ChunkParser chunks = new ChunkParser(text, pos, end);
        List<Chunk> parsed = chunks.parse();
        pos = chunks.position();
        if (parsed.isEmpty() && movePath == null) {
            throw invalidHunk(headerIndex, "'" + UPDATE_FILE + " " + path + "' has no changes: add at least one "
                    + "chunk ('@@' followed by ' ' context, '-' removed and '+' added lines)");
        }
        return new FileOp.Update(path, movePath, parsed);
    }

    private String path(String header, String marker, int index) throws PatchException {
        String path = header.substring(marker.length()).strip();
        if (path.isEmpty()) {
            throw invalidHunk(index, "'" + marker + "' needs a path after it, e.g. '" + marker + " src/app.py'");
        }
        return path;
    }

    static PatchException invalid(String detail) {
        return new PatchException(Kind.INVALID_PATCH, "invalid patch: " + detail);
    }

    static PatchException invalidHunk(int index, String detail) {
        return new PatchException(Kind.INVALID_PATCH, "invalid hunk at line " + PatchText.number(index) + ": "
                + detail);
    }
}
