package dev.codeloop.core.thread.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutWriterTest {

    @TempDir
    Path tmp;

    @Test
    void createMakesTheDirectoriesAndRefusesToOverwrite() throws Exception {
        Path file = tmp.resolve("sessions/2026/01/01/rollout.jsonl");
        RolloutWriter.create(file, Fixtures.meta("t1")).close();
        long size = Files.size(file);

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> RolloutWriter.create(file, Fixtures.meta("t2")));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(size, Files.size(file));
        assertEquals("t1", RolloutReader.read(file).meta().id());
    }

    @Test
    void openingAMissingLogFailsWithItsPath() {
        Path file = tmp.resolve("missing.jsonl");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RolloutWriter.openForAppend(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void theMetaIsOnlyWrittenByCreate() {
        try (RolloutWriter writer = RolloutWriter.create(tmp.resolve("r.jsonl"), Fixtures.meta("t1"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> writer.append(new RolloutRecord.Meta(Fixtures.meta("t1"))));
        }
    }

    @Test
    void aClosedWriterRefusesToAppend() {
        RolloutWriter writer = RolloutWriter.create(tmp.resolve("r.jsonl"), Fixtures.meta("t1"));
        writer.close();
        writer.close();

        assertThrows(IllegalStateException.class, () -> writer.append(new RolloutRecord.RolledBack(1)));
    }

    @Test
    void concurrentAppendsNeverInterleave() throws Exception {
        Path file = tmp.resolve("r.jsonl");
        String big = "x".repeat(100_000); // larger than any pipe or page buffer
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"));
             ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                pool.execute(() -> writer.append(new HistoryItem("turn-1",
                        ResponseItem.Message.userText(n + ":" + (n % 10 == 0 ? big : "small")))));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }

        RolloutFile read = RolloutReader.read(file);

        assertFalse(read.tornTail());
        Set<String> seen = new HashSet<>();
        for (RolloutRecord record : read.records()) {
            ResponseItem.Message message = (ResponseItem.Message) ((HistoryItem) record).item();
            String text = ((ResponseItem.ContentPart.InputText) message.content().getFirst()).text();
            seen.add(text.substring(0, text.indexOf(':')));
        }
        assertEquals(200, seen.size());
    }

    @Test
    void aWriterStillWorksOnAnInterruptedThread() {
        Path file = tmp.resolve("r.jsonl");
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"))) {
            Thread.currentThread().interrupt();
            try {
                writer.append(new RolloutRecord.RolledBack(1));
                writer.append(new RolloutRecord.RolledBack(2));
            } finally {
                Thread.interrupted();
            }
        }

        assertEquals(List.of(new RolloutRecord.RolledBack(1), new RolloutRecord.RolledBack(2)),
                RolloutReader.read(file).records());
    }
}
