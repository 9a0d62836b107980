package dev.codeloop.core.thread.store;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a thread log. Only the last line may be damaged (the writer appends whole lines, so a crash can
 * only cut the line being written): it is dropped and flagged. Damage anywhere else, or a missing
 * {@code session_meta} first line, is a {@link RolloutException} naming the file and line.
 */
public final class RolloutReader {

    private RolloutReader() {
    }

    public static RolloutFile read(Path file) {
        // A FileInputStream, unlike a channel, still works on a thread whose interrupt flag is set.
        try (InputStream in = new FileInputStream(file.toFile())) {
            return parse(file, new LineScanner(in));
        } catch (FileNotFoundException e) {
            throw new RolloutException(file, 0,
                    Files.exists(file) ? "cannot be read: " + e.getMessage() : "does not exist", e);
        } catch (IOException e) {
            throw new RolloutException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static RolloutFile parse(Path file, LineScanner lines) throws IOException {
        ThreadMeta meta = null;
        List<RolloutRecord> records = new ArrayList<>();
        long updatedAtMs = 0;
        boolean torn = false;
        int number = 0;
        LineScanner.Line line = lines.next();
        while (line != null) {
            number++;
            LineScanner.Line following = lines.next();
            boolean last = following == null;
            RolloutLine.Decoded decoded = null;
            if (!line.terminated()) {
                torn = true;
            } else if (!line.text().isBlank()) {
                try {
                    decoded = RolloutLine.decode(line.text());
                } catch (MalformedRecordException e) {
                    if (!last) {
                        throw new RolloutException(file, number, e.getMessage(), e);
                    }
                    torn = true;
                }
            }
            if (decoded != null) {
                if (meta == null) {
                    if (!(decoded.record() instanceof RolloutRecord.Meta first)) {
                        throw new RolloutException(file, number,
                                "the first record must be session_meta, found " + decoded.kind(), null);
                    }
                    meta = first.meta();
                } else if (decoded.record() != null && !(decoded.record() instanceof RolloutRecord.Meta)) {
                    records.add(decoded.record());
                }
                updatedAtMs = decoded.timestampMs();
            }
            line = following;
        }
        if (meta == null) {
            throw new RolloutException(file, number == 0 ? 0 : 1,
                    number == 0 ? "is empty" : "no complete session_meta record", null);
        }
        return new RolloutFile(meta, records, torn, file, updatedAtMs);
    }
}
