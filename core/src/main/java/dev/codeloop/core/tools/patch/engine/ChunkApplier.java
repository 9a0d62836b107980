package dev.codeloop.core.tools.patch.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.codeloop.core.tools.patch.engine.FileText.Replacement;
import dev.codeloop.core.tools.patch.engine.PatchException.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates each chunk of an Update in the file's lines, in order, and turns it into a replacement. Each chunk is
 * searched after the previous one (and after its {@code @@} header line when it has one).
 */
final class ChunkApplier {

    private final List<String> lines;
    private final LineMatcher matcher;
    private final String path;

    private ChunkApplier(List<String> lines, String path) {
        this.lines = lines;
        this.matcher = new LineMatcher(lines);
        this.path = path;
    }

    /** The replacements for {@code chunks}; {@code path} is how the model named the file, for error messages. */
    static List<Replacement> replacements(List<String> lines, List<Chunk> chunks, String path) throws PatchException {
        return new ChunkApplier(lines, path).locateAll(chunks);
    }

    private List<Replacement> locateAll(List<Chunk> chunks) throws PatchException {
        List<Replacement> replacements = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            String which = "chunk " + (i + 1) + " of " + chunks.size();
            int from = cursor;
            if (chunk.header() != null) {
                int header = matcher.findHeader(chunk.header(), cursor);
                if (header < 0) {
                    throw new PatchException(Kind.NO_MATCH, "Failed to find the '@@ " + chunk.header() + "' line in "
                            + path + " (" + which + "): the text after '@@' must be a line of the file, such as a "
                            + "function or class signature, below the previous chunk");
                }
                from = header + 1;
            }
            if (chunk.oldLines().isEmpty()) {
                // Pure insertion: after the header line, else at the end of the file.
                int at = chunk.header() != null && !chunk.endOfFile() ? from : lines.size();
                replacements.add(new Replacement(at, 0, chunk.newLines()));
                cursor = chunk.header() != null ? from : cursor;
                continue;
            }
            Replacement replacement = locate(chunk, from);
            if (replacement == null) {
                throw notFound(chunk, which, from);
            }
            replacements.add(replacement);
            cursor = replacement.start() + replacement.oldCount();
        }
        return replacements;
    }

    private Replacement locate(Chunk chunk, int from) {
        List<String> oldLines = chunk.oldLines();
        List<String> newLines = chunk.newLines();
        int start = find(oldLines, from, chunk);
        if (start < 0) {
            // Blank lines the model left before the next hunk arrive as empty context at the chunk's end.
            int trailing = trailingBlankContext(oldLines, newLines);
            if (trailing > 0 && trailing < oldLines.size()) {
                oldLines = oldLines.subList(0, oldLines.size() - trailing);
                newLines = newLines.subList(0, newLines.size() - trailing);
                start = find(oldLines, from, chunk);
            }
        }
        return start < 0 ? null : new Replacement(start, oldLines.size(), keepFileContext(start, oldLines, newLines));
    }

    /**
     * The new lines, with each unchanged line as the file has it rather than as the patch spells it: a tolerant
     * match must not rewrite the whitespace or the curly quotes of lines the model did not mean to change.
     */
    private List<String> keepFileContext(int start, List<String> oldLines, List<String> newLines) {
        List<String> result = new ArrayList<>(newLines);
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines, newLines, true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                int source = delta.getSource().getPosition();
                int target = delta.getTarget().getPosition();
                for (int k = 0; k < delta.getSource().size(); k++) {
                    result.set(target + k, lines.get(start + source + k));
                }
            }
        }
        return result;
    }

    private int find(List<String> oldLines, int from, Chunk chunk) {
        int start = matcher.find(oldLines, from, chunk.endOfFile());
        if (start < 0 && chunk.header() != null && from > 0) {
            // The model may repeat the header line as the chunk's first context line.
            start = matcher.find(oldLines, from - 1, chunk.endOfFile());
        }
        return start;
    }

    private static int trailingBlankContext(List<String> oldLines, List<String> newLines) {
        int n = 0;
        while (n < oldLines.size() && n < newLines.size()
                && oldLines.get(oldLines.size() - 1 - n).isBlank()
                && newLines.get(newLines.size() - 1 - n).isBlank()) {
            n++;
        }
        return n;
    }

    private PatchException notFound(Chunk chunk, String which, int from) {
        StringBuilder message = new StringBuilder("Failed to find expected lines in ").append(path).append(" (")
                .append(which).append("):\n").append(String.join("\n", chunk.oldLines()));
        Replacement earlier = from > 0 ? locate(new Chunk(null, chunk.oldLines(), chunk.newLines(), false), 0) : null;
        if (earlier != null) {
            message.append("\n\nThose lines are at line ").append(earlier.start() + 1)
                    .append(", above where this chunk was searched (after the previous chunk")
                    .append(chunk.header() != null ? " and its '@@' line" : "")
                    .append("): list chunks in the order of the file.");
        }
        return new PatchException(Kind.NO_MATCH, message.toString());
    }
}
