package dev.codeloop.core.tools.patch.engine;

import java.util.List;

/** One file operation of a patch; paths are exactly as the model wrote them (not yet resolved). */
public sealed interface FileOp {

    String path();

    /** Create a file; {@code contents} is the full text, each line ending with {@code \n} (empty for an empty file). */
    record Add(String path, String contents) implements FileOp {
    }

    record Delete(String path) implements FileOp {
    }

    /** Change a file with {@code chunks}, and rename it to {@code movePath} when that is not null. */
    record Update(String path, String movePath, List<Chunk> chunks) implements FileOp {

        public Update {
            chunks = List.copyOf(chunks);
        }
    }
}
