package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codeloop.core.thread.store.ThreadQuery.SortKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordering, filters and cursors of {@code thread/list}. */
class ThreadIndexListTest {

    @TempDir
    Path home;

    private ThreadIndex index;

    @BeforeEach
    void threads() {
        index = new ThreadIndex(new SessionPaths(home));
        // created: b == c < a < d; updated: d < c < a == b
        add("a", T0 + 20, T0 + 500, "/work/one", "openai", "appServer", "Refactor the parser");
        add("b", T0 + 10, T0 + 500, "/work/two", "azure", "appServer", "Fix flaky test");
        add("c", T0 + 10, T0 + 300, "/work/one", "openai", "cli", "write docs");
        add("d", T0 + 30, T0 + 100, "/work/one", "ollama", "appServer", "parser bug");
    }

    @AfterEach
    void close() {
        index.close();
    }

    private void add(String id, long created, long updated, String cwd, String provider, String source,
                     String preview) {
        index.upsert(new IndexEntry(id, "sessions/x/" + id + ".jsonl", false, created, updated, cwd, provider,
                "gpt-5", preview, source, null, null, -1, -1));
    }

    private List<String> list(ThreadQuery query) {
        return index.list(query).data().stream().map(IndexEntry::id).toList();
    }

    private static ThreadQuery sorted(SortKey key, boolean descending) {
        return new ThreadQuery(null, null, key, descending, null, null, null, null, null);
    }

    @Test
    void sortsByCreatedOrUpdatedEitherWayWithIdsBreakingTies() {
        assertEquals(List.of("d", "a", "c", "b"), list(sorted(SortKey.CREATED_AT, true)));
        assertEquals(List.of("b", "c", "a", "d"), list(sorted(SortKey.CREATED_AT, false)));
        assertEquals(List.of("b", "a", "c", "d"), list(sorted(SortKey.UPDATED_AT, true)));
        assertEquals(List.of("d", "c", "a", "b"), list(sorted(SortKey.UPDATED_AT, false)));
        assertEquals(List.of("d", "a", "c", "b"), list(ThreadQuery.defaults()));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("d", "a", "c"),
                list(new ThreadQuery(null, null, null, true, List.of("/work/one"), null, null, null, null)));
        assertEquals(List.of("d", "a", "c", "b"), list(new ThreadQuery(null, null, null, true,
                List.of("/work/one", "/work/two"), null, null, null, null)));
        assertEquals(List.of(), list(new ThreadQuery(null, null, null, true, List.of("/work"), null, null, null,
                null)));
        assertEquals(List.of("d", "b"), list(new ThreadQuery(null, null, null, true, null, null, null,
                List.of("azure", "ollama"), null)));
        assertEquals(List.of("c"), list(new ThreadQuery(null, null, null, true, null, null, null, null,
                List.of("cli"))));
        assertEquals(List.of("a"), list(new ThreadQuery(null, null, null, true, List.of("/work/one"), false,
                null, List.of("openai"), List.of("appServer"))));
    }

    @Test
    void searchMatchesNameOrPreviewCaseSensitively() {
        index.setName("b", "Parser cleanup");

        assertEquals(List.of("d", "a"), list(search("parser")));
        assertEquals(List.of("b"), list(search("Parse")));
        assertEquals(List.of(), list(search("PARSER")));
        assertEquals(List.of("d", "a", "c", "b"), list(search("")));
    }

    private static ThreadQuery search(String term) {
        return new ThreadQuery(null, null, null, true, null, null, term, null, null);
    }

    @Test
    void pagesFollowCursorsAndTheLastPageHasNone() {
        ThreadQuery query = new ThreadQuery(null, 3, SortKey.UPDATED_AT, false, null, null, null, null, null);

        ThreadPage first = index.list(query);
        ThreadPage second = index.list(query.withCursor(first.nextCursor()));

        assertEquals(List.of("d", "c", "a"), first.data().stream().map(IndexEntry::id).toList());
        assertNotNull(first.nextCursor());
        assertEquals(List.of("b"), second.data().stream().map(IndexEntry::id).toList());
        assertNull(second.nextCursor());
    }

    @Test
    void aFilteredPageEndingOnTheLastMatchHasNoCursor() {
        ThreadQuery query = new ThreadQuery(null, 2, null, true, null, null, null, List.of("azure", "ollama"),
                null);

        ThreadPage page = index.list(query);

        assertEquals(2, page.data().size());
        assertNull(page.nextCursor());
    }

    @Test
    void limitsDefaultAndAreClamped() {
        assertEquals(50, ThreadQuery.defaults().limit());
        assertEquals(200, new ThreadQuery(null, 10_000, null, true, null, null, null, null, null).limit());
        assertEquals(1, new ThreadQuery(null, 0, null, true, null, null, null, null, null).limit());
    }

    @Test
    void badCursorsAreRejected() {
        String descCreated = index.list(new ThreadQuery(null, 1, null, true, null, null, null, null, null))
                .nextCursor();
        String base64 = Base64.getUrlEncoder().encodeToString("1:CREATED_AT:desc:notanumber:a".getBytes());

        for (String bad : List.of("!!!", "", "YWJj", base64)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.list(ThreadQuery.defaults().withCursor(bad)));
            assertEquals("invalid cursor", e.getMessage());
        }
        // a cursor belongs to its ordering
        assertThrows(IllegalArgumentException.class, () -> index.list(sorted(SortKey.UPDATED_AT, true)
                .withCursor(descCreated)));
        assertThrows(IllegalArgumentException.class, () -> index.list(sorted(SortKey.CREATED_AT, false)
                .withCursor(descCreated)));
    }

    @Test
    void pagingNeitherRepeatsNorSkipsWhileThreadsAreAdded() {
        for (int i = 0; i < 40; i++) {
            add(String.format("m%02d", i), T0 + 1_000 + i, T0, "/w", "openai", "appServer", "p");
        }
        List<String> before = list(new ThreadQuery(null, 200, null, true, null, null, null, null, null));
        ThreadQuery query = new ThreadQuery(null, 7, null, true, null, null, null, null, null);

        List<String> seen = new ArrayList<>();
        ThreadPage page = index.list(query);
        int added = 0;
        while (true) {
            page.data().forEach(entry -> seen.add(entry.id()));
            // new threads land both before and after the cursor, some with tying timestamps
            add("new" + added++, T0 + 2_000, T0, "/w", "openai", "appServer", "p");
            add("new" + added++, T0 + 1_020, T0, "/w", "openai", "appServer", "p");
            add("new" + added++, T0, T0, "/w", "openai", "appServer", "p");
            if (page.nextCursor() == null) {
                break;
            }
            page = index.list(query.withCursor(page.nextCursor()));
        }

        List<String> original = seen.stream().filter(before::contains).toList();
        assertEquals(before, original);
        assertEquals(seen.size(), seen.stream().distinct().count());
    }
}
