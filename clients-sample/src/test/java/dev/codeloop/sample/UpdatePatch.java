package dev.codeloop.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of the Codex patch format to check {@link DemoPatch} without a server: {@code *** Update File}
 * sections made of {@code @@} chunks, each found by its old lines (context and removals) at or after the end
 * of the previous chunk. The server's implementation is the real one; this only keeps the demo's two halves
 * (its files and its patch) in step.
 */
final class UpdatePatch {

    private UpdatePatch() {
    }

    /** The files after the patch; throws if a line is not understood or a chunk does not match. */
    static Map<String, String> apply(String patch, Map<String, String> files) {
        Map<String, String> result = new LinkedHashMap<>(files);
        List<String> lines = List.of(patch.split("\n"));
        if (!lines.getFirst().equals("*** Begin Patch") || !lines.getLast().equals("*** End Patch")) {
            throw new IllegalArgumentException("not a patch");
        }
        String path = null;
        List<String> old = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int searchFrom = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("@@") || line.startsWith("*** ")) {
                if (path != null && !(old.isEmpty() && updated.isEmpty())) {
                    searchFrom = replace(result, path, old, updated, searchFrom);
                }
                old.clear();
                updated.clear();
                if (line.startsWith("*** Update File: ")) {
                    path = line.substring("*** Update File: ".length());
                    searchFrom = 0;
                } else if (line.startsWith("*** ") && !line.equals("*** End Patch")) {
                    throw new IllegalArgumentException("unsupported: " + line);
                }
            } else if (line.startsWith(" ")) {
                old.add(line.substring(1));
                updated.add(line.substring(1));
            } else if (line.startsWith("-")) {
                old.add(line.substring(1));
            } else if (line.startsWith("+")) {
                updated.add(line.substring(1));
            } else {
                throw new IllegalArgumentException("not a patch line: '" + line + "'");
            }
        }
        return result;
    }

    /** Replaces {@code old} with {@code updated} in the file; returns the line after the replacement. */
    private static int replace(Map<String, String> files, String path, List<String> old, List<String> updated, int from) {
        List<String> content = new ArrayList<>(Arrays.asList(files.get(path).split("\n", -1)));
        int at = Collections.indexOfSubList(content.subList(from, content.size()), old);
        if (at < 0) {
            throw new IllegalArgumentException("no match in " + path + " for " + old);
        }
        at += from;
        content.subList(at, at + old.size()).clear();
        content.addAll(at, updated);
        files.put(path, String.join("\n", content));
        return at + updated.size();
    }
}
