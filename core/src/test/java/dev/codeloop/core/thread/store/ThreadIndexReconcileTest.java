package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.history.ResponseItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the index: trusting it where it matches the logs and re-reading them where it does not. */
class ThreadIndexReconcileTest {

    @TempDir
    Path home;

    private SessionPaths paths() {
        return new SessionPaths(home);
    }

    private static Set<String> ids(ThreadIndex index) {
        return index.list(ThreadQuery.defaults()).data().stream().map(IndexEntry::id).collect(Collectors.toSet());
    }

    @Test
    void aFreshIndexSummarizesEveryLog() {
        ThreadMeta meta = new ThreadMeta("t1", "t0", T0, Path.of("/work/a"), "gpt-5", "azure",
                Fixtures.meta("x").approvalPolicy(), Fixtures.meta("x").sandbox(), null, null, null, "base", null,
                "vscode", "cli", "0.1.0", null);
        Path log = Homes.writeThread(paths(), meta, "How do I fix the build?", T0 + 60_000);

        IndexEntry entry = new ThreadIndex(paths()).get("t1").orElseThrow();

        assertEquals(home.relativize(log).toString(), entry.path());
        assertFalse(entry.archived());
        assertEquals(T0, entry.createdAtMs());
        assertEquals(T0 + 60_000, entry.updatedAtMs());
        assertEquals("/work/a", entry.cwd());
        assertEquals("azure", entry.modelProvider());
        assertEquals("gpt-5", entry.model()); // from the last turn context
        assertEquals("How do I fix the build?", entry.preview());
        assertEquals("cli", entry.source());
        assertEquals("t0", entry.forkedFromId());
        assertEquals(null, entry.name());
        assertTrue(entry.size() > 0 && entry.mtimeMs() > 0);
        assertTrue(Files.exists(paths().indexFile()));
    }

    @Test
    void listingAnEmptyHomeWritesNothing() throws Exception {
        Path missing = home.resolve("not-yet");
        try (ThreadIndex index = new ThreadIndex(new SessionPaths(missing))) {
            assertEquals(List.of(), index.list(ThreadQuery.defaults()).data());
            assertEquals(Map.of(), index.problems());
        }
        assertFalse(Files.exists(missing));
    }

    @Test
    void reconcileFindsNewLogsAndDropsDeletedOnes() throws Exception {
        Homes.writeThread(paths(), "t1", T0, "one");
        Path second = Homes.writeThread(paths(), "t2", T0 + 1, "two");
        try (ThreadIndex first = new ThreadIndex(paths())) {
            assertEquals(Set.of("t1", "t2"), ids(first));
        }
        Files.delete(second);
        Homes.writeThread(paths(), "t3", T0 + 2, "three");

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(Set.of("t1", "t3"), ids(index));
        }
        assertTrue(Files.readString(paths().indexFile()).contains("{\"id\":\"t2\",\"deleted\":true}"));
        try (ThreadIndex again = new ThreadIndex(paths())) {
            assertEquals(Set.of("t1", "t3"), ids(again));
        }
    }

    @Test
    void aLogThatChangedIsReadAgain() {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(T0 + 1_000, index.get("t1").orElseThrow().updatedAtMs());
        }
        try (RolloutWriter writer = RolloutWriter.openForAppend(log, Homes.at(T0 + 99_000))) {
            writer.append(new RolloutRecord.HistoryItem("t1-turn", ResponseItem.Message.assistantText("later")));
        }

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(T0 + 99_000, index.get("t1").orElseThrow().updatedAtMs());
        }
    }

    @Test
    void aMatchingIndexIsTrustedWithoutReadingTheLogs() throws Exception {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.load();
        }
        // damage the log without changing its size or mtime: a trusted entry means the log was not read
        byte[] bytes = Files.readAllBytes(log);
        var mtime = Files.getLastModifiedTime(log);
        bytes[new String(bytes, StandardCharsets.UTF_8).indexOf('\n') - 1] = '#'; // end of the meta line
        Files.write(log, bytes);
        Files.setLastModifiedTime(log, mtime);

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(Set.of("t1"), ids(index));
            assertEquals(Set.of(), index.problems().keySet());
            index.rebuild(); // a rebuild reads every log and notices
            assertEquals(Set.of(), ids(index));
            assertEquals(Set.of("t1"), index.problems().keySet());
        }
    }

    @Test
    void aDamagedIndexFileIsRebuiltFromTheLogs() throws Exception {
        for (int i = 0; i < 5; i++) {
            Homes.writeThread(paths(), "t" + i, T0 + i, "question " + i);
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.load();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(paths().indexFile()));
        lines.set(1, "\u0000\u0000garbage{{{");
        lines.add(2, "{\"id\":\"t9\",\"path\":42}");
        lines.add(3, "[1,2,3]");
        Files.write(paths().indexFile(), lines);
        Files.write(paths().indexFile(), "{\"id\":\"t3\",\"pa".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(Set.of("t0", "t1", "t2", "t3", "t4"), ids(index));
            index.setName("t2", "named after damage");
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals("named after damage", index.get("t2").orElseThrow().name());
            assertEquals(5, ids(index).size());
        }
    }

    @Test
    void anIndexFileThatIsNotJsonAtAllIsRebuilt() throws Exception {
        Homes.writeThread(paths(), "t1", T0, "one");
        Files.write(paths().indexFile(), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', 3});

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(Set.of("t1"), ids(index));
        }
    }

    @Test
    void unreadableLogsAreLeftOutAndReported() throws Exception {
        Homes.writeThread(paths(), "good", T0, "fine");
        Path damaged = Homes.writeThread(paths(), "damaged", T0 + 1, "was fine");
        List<String> lines = new ArrayList<>(Files.readAllLines(damaged));
        lines.set(2, "{broken");
        Files.write(damaged, lines);
        Path noMeta = paths().newRolloutPath("nometa", java.time.Instant.ofEpochMilli(T0));
        Files.writeString(noMeta, "");

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(Set.of("good"), ids(index));
            assertEquals(Set.of("damaged", "nometa"), index.problems().keySet());
            assertEquals("thread log " + damaged + " is corrupted at line 3: not valid JSON",
                    index.problems().get("damaged").replaceAll(" \\(.*", ""));
            assertEquals("thread log " + noMeta + " is empty", index.problems().get("nometa"));
            assertTrue(index.get("damaged").isEmpty());
        }
    }

    @Test
    void aLogMovedBehindTheIndexsBackKeepsItsName() throws Exception {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.setName("t1", "keep me");
        }
        Path archived = paths().archivedPath(log);
        Files.createDirectories(archived.getParent());
        Files.move(log, archived); // e.g. a crash between an archive's move and its index line

        try (ThreadIndex index = new ThreadIndex(paths())) {
            IndexEntry entry = index.get("t1").orElseThrow();
            assertTrue(entry.archived());
            assertEquals("keep me", entry.name());
        }
    }

    @Test
    void twoLogsOfOneThreadListTheActiveOne() throws Exception {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        Path copy = paths().archivedPath(log);
        Files.createDirectories(copy.getParent());
        Files.copy(log, copy);

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertFalse(index.get("t1").orElseThrow().archived());
        }
    }

    @Test
    void compactionKeepsEveryLiveEntry() throws Exception {
        for (int i = 0; i < 20; i++) {
            Homes.writeThread(paths(), "t" + i, T0 + i, "question " + i);
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.setName("t7", "seven");
            for (int round = 0; round < 120; round++) {
                for (int i = 0; i < 10; i++) {
                    index.touch("t" + i, T0 + 10_000 + round, "preview " + i + "/" + round);
                }
            }
            // 20 + 1 + 1200 lines were written; the file was rewritten along the way
            assertTrue(Files.readAllLines(paths().indexFile()).size() < 1_100);
        }

        try (ThreadIndex index = new ThreadIndex(paths())) {
            List<IndexEntry> all = index.list(new ThreadQuery(null, 200, null, true, null, null, null, null, null))
                    .data();
            assertEquals(20, all.size());
            IndexEntry touched = index.get("t3").orElseThrow();
            assertEquals(T0 + 10_119, touched.updatedAtMs());
            assertEquals("preview 3/119", touched.preview());
            assertEquals("seven", index.get("t7").orElseThrow().name());
            assertEquals("question 15", index.get("t15").orElseThrow().preview());
        }
    }

    @Test
    void aTornIndexTailDoesNotSwallowTheNextEntry() throws Exception {
        Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.load();
        }
        Files.writeString(paths().indexFile(), "{\"id\":\"t1\",\"na", StandardOpenOption.APPEND);

        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.setName("t1", "survives");
        }

        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals("survives", index.get("t1").orElseThrow().name());
        }
    }
}
