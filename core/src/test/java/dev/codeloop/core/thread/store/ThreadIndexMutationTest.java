package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the engine tells the index as things happen, and that it survives a restart. */
class ThreadIndexMutationTest {

    @TempDir
    Path home;

    private SessionPaths paths() {
        return new SessionPaths(home);
    }

    private static List<String> ids(ThreadIndex index, Boolean archived) {
        return index.list(new ThreadQuery(null, null, null, true, null, archived, null, null, null)).data()
                .stream().map(IndexEntry::id).toList();
    }

    @Test
    void aRegisteredThreadIsListedAtOnceAndAfterARestart() {
        ThreadMeta meta = Fixtures.meta("t1", T0, "/work/a", "openai");
        Path log = paths().newRolloutPath("t1", Instant.ofEpochMilli(T0));
        try (ThreadIndex index = new ThreadIndex(paths());
             RolloutWriter writer = RolloutWriter.create(log, meta)) {
            IndexEntry entry = index.register(meta, log);
            assertEquals(IndexEntry.forNewThread(meta, home.relativize(log).toString(), false)
                    .withFileState(entry.size(), entry.mtimeMs()), entry);
            assertEquals(List.of("t1"), ids(index, null));
            assertTrue(entry.size() > 0);
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(List.of("t1"), ids(index, null));
        }
    }

    @Test
    void registeringALogOutsideTheHomeIsRefused() {
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertThrows(IllegalArgumentException.class,
                    () -> index.register(Fixtures.meta("t1"), Path.of("/elsewhere/rollout.jsonl")));
        }
    }

    @Test
    void touchRecordsActivityAndKeepsThePreviewWhenNoneIsGiven() {
        Homes.writeThread(paths(), "t1", T0, "first words");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertTrue(index.touch("t1", T0 + 5_000, null));
            assertEquals("first words", index.get("t1").orElseThrow().preview());
            assertTrue(index.touch("t1", T0 + 6_000, "new preview"));
            assertFalse(index.touch("nope", T0, "x"));
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            IndexEntry entry = index.get("t1").orElseThrow();
            assertEquals(T0 + 6_000, entry.updatedAtMs());
            assertEquals("new preview", entry.preview());
        }
    }

    @Test
    void theLatestNameWinsAndSurvivesRestartsRebuildsAndUpserts() {
        Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.setName("t1", "first name");
            index.setName("t1", "second name");
            index.upsert(index.get("t1").orElseThrow().withName(null).withActivity(T0 + 1, "p"));
            assertEquals("second name", index.get("t1").orElseThrow().name());
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals("second name", index.get("t1").orElseThrow().name());
            index.rebuild();
            assertEquals("second name", index.get("t1").orElseThrow().name());
            index.setName("t1", null);
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertNull(index.get("t1").orElseThrow().name());
        }
    }

    @Test
    void namingAnUnknownThreadFails() {
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertThrows(NoSuchElementException.class, () -> index.setName("ghost", "x"));
            assertThrows(NoSuchElementException.class, () -> index.archive("ghost"));
        }
    }

    @Test
    void archiveAndUnarchiveMoveTheLogAndTheListingFollows() throws Exception {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        Homes.writeThread(paths(), "t2", T0 + 1, "two");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            Path archived = index.archive("t1");

            assertEquals(paths().archivedPath(log), archived);
            assertTrue(Files.exists(archived));
            assertFalse(Files.exists(log));
            assertEquals(List.of("t2"), ids(index, null));
            assertEquals(List.of("t2"), ids(index, false));
            assertEquals(List.of("t1"), ids(index, true));
            assertEquals(archived, index.resolve(index.get("t1").orElseThrow()));
            assertEquals(archived, index.archive("t1")); // already archived: nothing to do
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(List.of("t1"), ids(index, true));
            Path back = index.unarchive("t1");
            assertEquals(log, back);
            assertTrue(Files.exists(log));
            assertEquals(List.of("t2", "t1"), ids(index, false));
        }
        try (ThreadIndex index = new ThreadIndex(paths())) {
            assertEquals(List.of(), ids(index, true));
            assertEquals("one", index.get("t1").orElseThrow().preview());
        }
    }

    @Test
    void archivingAThreadWhoseLogIsGoneFails() throws Exception {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.load();
            Files.delete(log);

            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> index.archive("t1"));

            assertTrue(e.getMessage().contains(log.toString()), e.getMessage());
        }
    }

    @Test
    void archivingNeverOverwritesAnotherLog() throws Exception {
        Path log = Homes.writeThread(paths(), "t1", T0, "one");
        try (ThreadIndex index = new ThreadIndex(paths())) {
            index.load();
            Files.createDirectories(paths().archivedDir());
            Files.writeString(paths().archivedPath(log), "someone else's file");

            assertThrows(UncheckedIOException.class, () -> index.archive("t1"));

            assertTrue(Files.exists(log));
            assertEquals("someone else's file", Files.readString(paths().archivedPath(log)));
        }
    }

    @Test
    void longPreviewsAreClipped() {
        String question = "é".repeat(IndexEntry.MAX_PREVIEW - 1) + "😀 and more";
        Homes.writeThread(paths(), "t1", T0, question);

        try (ThreadIndex index = new ThreadIndex(paths())) {
            String preview = index.get("t1").orElseThrow().preview();
            // the emoji is a surrogate pair straddling the limit: it is dropped whole, never split
            assertEquals("é".repeat(IndexEntry.MAX_PREVIEW - 1), preview);
        }
    }
}
