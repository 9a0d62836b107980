package dev.codeloop.core.tools.patch.engine;

import static dev.codeloop.core.tools.patch.engine.PatchMarkers.CHUNK;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.END_OF_FILE;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.MOVE_TO;
import static dev.codeloop.core.tools.patch.engine.PatchMarkers.UPDATE_FILE;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the chunks of one Update hunk, up to the next hunk header or the end of the patch.
 *
 * <p>A line that begins with a space is always a context line, even if the rest looks like a marker, so a
 * file that itself contains patch text can be patched. Other lines are markers when they are one once
 * stripped ({@code @@}, {@code *** End of File}, a hunk header), otherwise change lines.
 */
final class ChunkParser {

    /** {@code @@ -12,5 +12,6 @@ optional context}: models used to unified diffs sometimes write ranges. */
    private static final Pattern UNIFIED_RANGE = Pattern.compile("-\\d+(?:,\\d+)? \\+\\d+(?:,\\d+)? @@(.*)");

    private final PatchText text;
    private int pos;
    private final int end;
    private final List<Chunk> chunks = new ArrayList<>();
    private ChunkBuilder current;

    ChunkParser(PatchText text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    /** Index of the first line after the chunks. */
    int position() {
        return pos;
    }

    List<Chunk> parse() throws PatchException {
        for (; pos < end; pos++) {
            String line = text.line(pos);
            if (line.startsWith(" ")) {
                lineOfChunk().context(line.substring(1));
                continue;
            }
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                if (current != null || chunks.isEmpty()) {
                    // Editors and models drop the space of an empty context line.
                    lineOfChunk().context("");
                }
            } else if (PatchMarkers.isChunkStart(stripped)) {
                finishChunk();
                current = new ChunkBuilder(header(stripped), pos);
            } else if (stripped.equals(END_OF_FILE)) {
                endOfFile();
            } else if (PatchMarkers.isHunkHeader(stripped)) {
                break;
            } else if (line.startsWith("+")) {
                lineOfChunk().added(line.substring(1));
            } else if (line.startsWith("-")) {
                lineOfChunk().removed(line.substring(1));
            } else {
                throw unexpected(line, stripped);
            }
        }
        finishChunk();
        return chunks;
    }

    private ChunkBuilder lineOfChunk() throws PatchException {
        if (current == null) {
            if (!chunks.isEmpty()) {
                throw PatchParser.invalid("line " + PatchText.number(pos) + ": expected '@@' to start a new chunk "
                        + "after '" + END_OF_FILE + "', got '" + text.line(pos) + "'");
            }
            // The first chunk of an Update may leave out its '@@' line.
            current = new ChunkBuilder(null, pos);
        }
        return current;
    }

    private void endOfFile() throws PatchException {
        if (current == null || current.isEmpty()) {
            throw PatchParser.invalid("line " + PatchText.number(pos) + ": '" + END_OF_FILE + "' must follow the "
                    + "lines of a chunk");
        }
        current.endOfFile = true;
        finishChunk();
    }

    private void finishChunk() throws PatchException {
        if (current == null) {
            return;
        }
        if (current.isEmpty()) {
            throw PatchParser.invalid("line " + PatchText.number(current.startIndex) + ": the chunk has no lines; "
                    + "follow '@@' with context (' '), removed ('-') or added ('+') lines");
        }
        // Blank lines between '*** Update File:' and the first '@@' are layout, not content to match.
        if (!current.onlyBlankContext()) {
            chunks.add(current.build());
        }
        current = null;
    }

    private static String header(String stripped) {
        String rest = stripped.substring(CHUNK.length()).strip();
        Matcher range = UNIFIED_RANGE.matcher(rest);
        if (range.matches()) {
            rest = range.group(1).strip();
        }
        return rest.isEmpty() ? null : rest;
    }

    private PatchException unexpected(String line, String stripped) {
        if (stripped.startsWith(MOVE_TO)) {
            return PatchParser.invalidHunk(pos, "'" + MOVE_TO + "' must come right after '" + UPDATE_FILE
                    + " {path}'");
        }
        if (stripped.startsWith("***")) {
            return PatchParser.invalidHunk(pos, PatchMarkers.notAHunkHeader(line));
        }
        return PatchParser.invalid("line " + PatchText.number(pos) + ": expected '@@' or a change line (starting "
                + "with ' ' for context, '-' for a removed line or '+' for an added line), got '" + line + "'");
    }

    /** Collects one chunk's lines; context lines go to both sides. */
    private static final class ChunkBuilder {
        private final String header;
        private final int startIndex;
        private final List<String> oldLines = new ArrayList<>();
        private final List<String> newLines = new ArrayList<>();
        private boolean changes;
        private boolean endOfFile;

        ChunkBuilder(String header, int startIndex) {
            this.header = header;
            this.startIndex = startIndex;
        }

        void context(String line) {
            oldLines.add(line);
            newLines.add(line);
        }

        void removed(String line) {
            oldLines.add(line);
            changes = true;
        }

        void added(String line) {
            newLines.add(line);
            changes = true;
        }

        boolean isEmpty() {
            return oldLines.isEmpty() && newLines.isEmpty();
        }

        boolean onlyBlankContext() {
            return header == null && !changes && !endOfFile && oldLines.stream().allMatch(String::isEmpty);
        }

        Chunk build() {
            return new Chunk(header, oldLines, newLines, endOfFile);
        }
    }
}
