package dev.codeloop.core.thread.store;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import dev.codeloop.core.thread.store.RolloutRecord.ItemCompleted;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes thread logs into a Codeloop home the way the engine would. */
final class Homes {

    private Homes() {
    }

    /** A log created at {@code createdAtMs} with one complete turn asking {@code question}, last written at
     * {@code updatedAtMs}. */
    static Path writeThread(SessionPaths paths, ThreadMeta meta, String question, long updatedAtMs) {
        Path file = paths.newRolloutPath(meta.id(), Instant.ofEpochMilli(meta.createdAtMs()));
        try (RolloutWriter writer = RolloutWriter.create(file, meta, at(meta.createdAtMs()))) {
            String turn = meta.id() + "-turn";
            writer.append(Fixtures.context(turn, meta.createdAtMs()));
            writer.append(new HistoryItem(turn, ResponseItem.Message.userText(question)));
            writer.append(new ItemCompleted(turn, Fixtures.userMessage(meta.id() + "-u", question)));
        }
        try (RolloutWriter writer = RolloutWriter.openForAppend(file, at(updatedAtMs))) {
            writer.append(Fixtures.completed(meta.id() + "-turn"));
        }
        return file;
    }

    static Path writeThread(SessionPaths paths, String id, long createdAtMs, String question) {
        return writeThread(paths, Fixtures.meta(id, createdAtMs, "/work/project", "openai"), question,
                createdAtMs + 1_000);
    }

    /** A small log written in one go, without the writer: fast enough for thousands of threads. */
    static void writeQuickly(SessionPaths paths, ThreadMeta meta, String question) {
        Path file = paths.newRolloutPath(meta.id(), Instant.ofEpochMilli(meta.createdAtMs()));
        String text = RolloutLine.encode(meta.createdAtMs(), new RolloutRecord.Meta(meta)) + "\n"
                + RolloutLine.encode(meta.createdAtMs() + 5, new ItemCompleted("turn",
                        Fixtures.userMessage("u", question))) + "\n"
                + RolloutLine.encode(meta.createdAtMs() + 10, Fixtures.completed("turn")) + "\n";
        try {
            if (!Files.isDirectory(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
            try (FileOutputStream out = new FileOutputStream(file.toFile())) { // cheaper than Files.write
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Clock at(long epochMs) {
        return Clock.fixed(Instant.ofEpochMilli(epochMs), ZoneOffset.UTC);
    }
}
