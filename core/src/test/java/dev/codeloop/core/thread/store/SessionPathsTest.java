package dev.codeloop.core.thread.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionPathsTest {

    private final SessionPaths paths = new SessionPaths(Path.of("/home/u/.codeloop"));

    @Test
    void newLogsGoUnderTheirUtcDay() {
        Path rollout = paths.newRolloutPath("0194-abc", Instant.parse("2026-02-03T23:59:58.765Z"));

        assertEquals(Path.of("/home/u/.codeloop/sessions/2026/02/03/rollout-2026-02-03T23-59-58-0194-abc.jsonl"),
                rollout);
    }

    @Test
    void archivingMovesToAFlatDirectoryAndBack() {
        Path rollout = paths.newRolloutPath("id-1", Instant.parse("2025-12-31T10:00:00Z"));

        Path archived = paths.archivedPath(rollout);

        assertEquals(Path.of("/home/u/.codeloop/archived_sessions/rollout-2025-12-31T10-00-00-id-1.jsonl"), archived);
        assertEquals(rollout, paths.unarchivedPath(archived));
        assertTrue(paths.isArchived(archived));
        assertFalse(paths.isArchived(rollout));
    }

    @Test
    void otherFilesHaveNoDayDirectory() {
        assertThrows(IllegalArgumentException.class, () -> paths.unarchivedPath(Path.of("/x/notes.jsonl")));
        assertThrows(IllegalArgumentException.class,
                () -> paths.unarchivedPath(Path.of("/x/rollout-2025-13-31T10-00-00-id.jsonl")));
    }

    @Test
    void theIndexSitsInTheHome() {
        assertEquals(Path.of("/home/u/.codeloop/session_index.jsonl"), paths.indexFile());
        assertEquals(Path.of("/home/u/.codeloop/sessions"), paths.sessionsDir());
        assertEquals(Path.of("/home/u/.codeloop/archived_sessions"), paths.archivedDir());
    }

    @Test
    void fileNamesParseBackToTheirThread() {
        RolloutFileName name = RolloutFileName.parse("rollout-2026-01-02T03-04-05-0194f-a-b.jsonl").orElseThrow();

        assertEquals("0194f-a-b", name.threadId());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), name.created());
        assertTrue(RolloutFileName.parse("rollout-2026-01-02T03-04-05.jsonl").isEmpty());
        assertTrue(RolloutFileName.parse("session.jsonl").isEmpty());
    }
}
