package dev.codeloop.core.tools.patch.engine;

import java.util.List;

/** A parsed patch: its file operations in the order the model wrote them. */
public record Patch(List<FileOp> ops) {

    public Patch {
        ops = List.copyOf(ops);
    }
}
