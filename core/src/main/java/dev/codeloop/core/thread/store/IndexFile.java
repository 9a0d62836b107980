package dev.codeloop.core.thread.store;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code session_index.jsonl}: an append-only list of index lines where the latest line for an id wins.
 * It is only a cache of the logs (plus thread names), so reading it forgives anything: unreadable lines
 * are skipped, and an unreadable file reads as empty. Rewritten whole (temp file, then atomic rename)
 * when it has grown far beyond the live entries. Not thread-safe: the index guards it.
 */
final class IndexFile {

    private static final Logger log = LoggerFactory.getLogger(IndexFile.class);

    /** What the file held: live entries (latest line per id, deletions applied) and how many lines. */
    record Contents(Map<String, IndexEntry> entries, int lines, int skipped) {
    }

    /** Superseded lines tolerated beyond twice the live entries before the file is rewritten. */
    static final int COMPACTION_SLACK = 1_000;

    private final Path file;
    private FileOutputStream out;
    private int lines;
    private int linesAtFailedCompaction = -1;

    IndexFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /** Lines in the file, live or superseded. */
    int lines() {
        return lines;
    }

    Contents load() {
        Map<String, IndexEntry> entries = new LinkedHashMap<>();
        int count = 0;
        int skipped = 0;
        if (Files.exists(file)) {
            try (InputStream in = new FileInputStream(file.toFile())) {
                LineScanner scanner = new LineScanner(in);
                for (LineScanner.Line line = scanner.next(); line != null; line = scanner.next()) {
                    if (line.text().isBlank()) {
                        continue;
                    }
                    count++;
                    try {
                        IndexEntryJson.Line decoded = IndexEntryJson.read(line.text());
                        if (decoded.entry() == null) {
                            entries.remove(decoded.id());
                        } else {
                            entries.put(decoded.id(), decoded.entry());
                        }
                    } catch (MalformedRecordException | IllegalArgumentException e) {
                        skipped++;
                    }
                }
            } catch (IOException e) {
                log.warn("thread index {} cannot be read, rebuilding it from the logs: {}", file, e.toString());
                return new Contents(Map.of(), 0, 0);
            }
        }
        lines = count;
        if (skipped > 0) {
            log.warn("thread index {}: skipped {} unreadable line(s)", file, skipped);
        }
        return new Contents(entries, count, skipped);
    }

    /** Appends the lines with one write. */
    void append(List<String> newLines) {
        if (newLines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        newLines.forEach(line -> text.append(line).append('\n'));
        try {
            output().write(text.toString().getBytes(StandardCharsets.UTF_8));
            lines += newLines.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write thread index " + file + ": " + e, e);
        }
    }

    /**
     * Rewrites the file with the live entries when it holds (or would, after {@code pendingLines} more) far
     * more lines than there are live entries. A failed rewrite is logged and retried only after the file
     * has grown further. Returns true when the file was rewritten (pending lines are then unnecessary).
     */
    boolean compactIfBloated(int pendingLines, Supplier<Collection<IndexEntry>> live, int liveCount) {
        int total = lines + pendingLines;
        boolean failedRecently = linesAtFailedCompaction >= 0 && total < linesAtFailedCompaction + COMPACTION_SLACK;
        if (failedRecently || total <= 2 * liveCount + COMPACTION_SLACK) {
            return false;
        }
        return rewriteQuietly(live.get());
    }

    /** Rewrites the file; a failure is logged (the logs can rebuild it) and returns false. */
    boolean rewriteQuietly(Collection<IndexEntry> entries) {
        try {
            rewrite(entries);
            linesAtFailedCompaction = -1;
            return true;
        } catch (UncheckedIOException e) {
            linesAtFailedCompaction = lines;
            log.warn("{} (will retry later)", e.getMessage());
            return false;
        }
    }

    /** Replaces the file with exactly these entries. */
    void rewrite(Collection<IndexEntry> entries) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StringBuilder text = new StringBuilder();
            entries.forEach(entry -> text.append(IndexEntryJson.write(entry)).append('\n'));
            try (FileOutputStream tempOut = new FileOutputStream(temp.toFile())) {
                tempOut.write(text.toString().getBytes(StandardCharsets.UTF_8));
                tempOut.getFD().sync(); // the rename must not land before the data
            }
            closeOutput();
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            lines = entries.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite thread index " + file + ": " + e, e);
        }
    }

    void close() {
        closeOutput();
    }

    private FileOutputStream output() throws IOException {
        if (out == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean needsNewline = endsMidLine();
            out = new FileOutputStream(file.toFile(), true);
            if (needsNewline) {
                // a torn last line must not swallow the next entry
                out.write('\n');
            }
        }
        return out;
    }

    private boolean endsMidLine() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - 1);
            return raf.read() != '\n';
        }
    }

    private void closeOutput() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                log.debug("closing thread index {}: {}", file, e.toString());
            }
            out = null;
        }
    }
}
