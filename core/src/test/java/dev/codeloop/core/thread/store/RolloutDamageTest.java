package dev.codeloop.core.thread.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.history.ResponseItem;
import dev.codeloop.core.thread.store.RolloutRecord.HistoryItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash (torn last line) and real damage (anything else) look like to the reader and the writer. */
class RolloutDamageTest {

    @TempDir
    Path tmp;

    private Path logWith(int items) {
        Path file = tmp.resolve("rollout.jsonl");
        try (RolloutWriter writer = RolloutWriter.create(file, Fixtures.meta("t1"))) {
            for (int i = 0; i < items; i++) {
                writer.append(item(i));
            }
        }
        return file;
    }

    private static HistoryItem item(int i) {
        return new HistoryItem("turn-1", ResponseItem.Message.userText("message " + i));
    }

    private static List<RolloutRecord> items(int count) {
        List<RolloutRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(item(i));
        }
        return records;
    }

    @Test
    void aLastLineCutShortIsDroppedAndFlagged() throws Exception {
        Path file = logWith(3);
        Files.writeString(file, "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"respo",
                StandardOpenOption.APPEND);

        RolloutFile read = RolloutReader.read(file);

        assertEquals(items(3), read.records());
        assertTrue(read.tornTail());
    }

    @Test
    void aLastLineCutInsideAMultiByteCharacterIsDropped() throws Exception {
        Path file = logWith(1);
        byte[] line = (RolloutLine.encode(0, new HistoryItem("turn-1", ResponseItem.Message.userText("日本語")))
                + "\n").getBytes(StandardCharsets.UTF_8);
        int cut = new String(line, StandardCharsets.UTF_8).indexOf('日') + 1; // inside the 3-byte character
        Files.write(file, java.util.Arrays.copyOf(line, cut + 1), StandardOpenOption.APPEND);

        RolloutFile read = RolloutReader.read(file);

        assertEquals(items(1), read.records());
        assertTrue(read.tornTail());
    }

    @Test
    void aTerminatedButUnparsableLastLineIsDroppedAndFlagged() throws Exception {
        Path file = logWith(2);
        Files.write(file, new byte[] {0, 0, 0, '\n'}, StandardOpenOption.APPEND);

        RolloutFile read = RolloutReader.read(file);

        assertEquals(items(2), read.records());
        assertTrue(read.tornTail());
    }

    @Test
    void damageBeforeTheLastLineIsAnErrorNamingFileAndLine() throws Exception {
        Path file = logWith(20);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(11, lines.get(11).substring(0, 30));
        Files.write(file, lines);

        RolloutException e = assertThrows(RolloutException.class, () -> RolloutReader.read(file));

        assertEquals(12, e.line());
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith("thread log " + file + " is corrupted at line 12: not valid JSON"),
                e.getMessage());
    }

    @Test
    void aWellFormedLineWithAMissingFieldIsCorruption() throws Exception {
        Path file = logWith(1);
        Files.writeString(file, "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"turn_completed\","
                + "\"payload\":{\"status\":\"completed\",\"completed_at_ms\":1}}\n"
                + RolloutLine.encode(0, item(5)) + "\n", StandardOpenOption.APPEND);

        RolloutException e = assertThrows(RolloutException.class, () -> RolloutReader.read(file));

        assertEquals(3, e.line());
        assertTrue(e.getMessage().endsWith("missing field 'turn_id'"), e.getMessage());
    }

    @Test
    void aLogMustStartWithItsMeta() throws Exception {
        Path file = tmp.resolve("rollout.jsonl");
        Files.writeString(file, RolloutLine.encode(0, item(0)) + "\n" + RolloutLine.encode(0, item(1)) + "\n");

        RolloutException e = assertThrows(RolloutException.class, () -> RolloutReader.read(file));

        assertEquals("thread log " + file + " is corrupted at line 1: the first record must be session_meta, "
                + "found response_item", e.getMessage());
    }

    @Test
    void emptyTornAndMissingLogsAreErrors() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.jsonl"));
        assertEquals("thread log " + empty + " is empty",
                assertThrows(RolloutException.class, () -> RolloutReader.read(empty)).getMessage());

        Path torn = tmp.resolve("torn.jsonl");
        Files.writeString(torn, "{\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"type\":\"session_me");
        assertEquals("thread log " + torn + " is corrupted at line 1: no complete session_meta record",
                assertThrows(RolloutException.class, () -> RolloutReader.read(torn)).getMessage());

        Path missing = tmp.resolve("missing.jsonl");
        assertEquals("thread log " + missing + " does not exist",
                assertThrows(RolloutException.class, () -> RolloutReader.read(missing)).getMessage());
    }

    @Test
    void appendingAfterATornTailCutsItOffFirst() throws Exception {
        Path file = logWith(2);
        Files.writeString(file, "{\"timestamp\":\"2026-01-01T00:00", StandardOpenOption.APPEND);

        try (RolloutWriter writer = RolloutWriter.openForAppend(file)) {
            writer.append(item(2));
        }
        RolloutFile read = RolloutReader.read(file);

        assertEquals(items(3), read.records());
        assertFalse(read.tornTail());
    }

    @Test
    void appendingAfterAnUnparsableTerminatedLastLineCutsItOffFirst() throws Exception {
        Path file = logWith(2);
        Files.writeString(file, "garbage\n", StandardOpenOption.APPEND);

        try (RolloutWriter writer = RolloutWriter.openForAppend(file)) {
            writer.append(item(2));
        }

        assertEquals(items(3), RolloutReader.read(file).records());
    }

    @Test
    void appendingCutsOnlyWhatTheReaderForgives() throws Exception {
        Path file = logWith(2);
        Files.writeString(file, "garbage\n{\"timestamp\":", StandardOpenOption.APPEND);

        try (RolloutWriter writer = RolloutWriter.openForAppend(file)) {
            writer.append(item(2));
        }

        // the cut-short line goes; the damaged line before it was never forgivable and is still reported
        assertEquals(4, assertThrows(RolloutException.class, () -> RolloutReader.read(file)).line());
        assertEquals(5, Files.readAllLines(file).size());
    }

    @Test
    void appendingToALogWithoutAnIntactMetaIsRefused() throws Exception {
        Path file = tmp.resolve("rollout.jsonl");
        Files.writeString(file, "{\"timestamp\":");

        RolloutException e = assertThrows(RolloutException.class, () -> RolloutWriter.openForAppend(file));

        assertEquals(1, e.line());
    }
}
