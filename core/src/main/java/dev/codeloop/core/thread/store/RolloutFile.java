package dev.codeloop.core.thread.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A thread log as read from disk.
 *
 * @param meta        the {@code session_meta} record
 * @param records     every later record in file order (not the meta; unknown kinds left out)
 * @param tornTail    the last line was incomplete or unparsable and was ignored (a crash mid-write)
 * @param path        the file read
 * @param updatedAtMs the timestamp of the last record read (the meta's when there is nothing else)
 */
public record RolloutFile(ThreadMeta meta, List<RolloutRecord> records, boolean tornTail, Path path,
                          long updatedAtMs) {

    public RolloutFile {
        records = List.copyOf(records);
    }
}
