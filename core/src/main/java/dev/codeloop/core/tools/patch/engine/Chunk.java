package dev.codeloop.core.tools.patch.engine;

import java.util.List;

/**
 * One {@code @@} section of an Update: {@code oldLines} (context and removed lines, in order) are replaced by
 * {@code newLines} (context and added lines). {@code header} is the text after {@code @@ }, a line to find
 * before looking for the old lines, or null. {@code endOfFile} anchors the chunk at the end of the file.
 */
public record Chunk(String header, List<String> oldLines, List<String> newLines, boolean endOfFile) {

    public Chunk {
        oldLines = List.copyOf(oldLines);
        newLines = List.copyOf(newLines);
    }
}
