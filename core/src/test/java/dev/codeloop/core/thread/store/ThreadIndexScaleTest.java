package dev.codeloop.core.thread.store;

import static dev.codeloop.core.thread.store.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.codeloop.core.thread.store.ThreadQuery.SortKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 threads: every page walk visits each exactly once, in order, with and without a valid index. */
class ThreadIndexScaleTest {

    private static final int THREADS = 10_000;

    @TempDir
    static Path home;

    private static final List<ThreadMeta> metas = new ArrayList<>();

    @BeforeAll
    static void writeLogs() {
        SessionPaths paths = new SessionPaths(home);
        for (int i = 0; i < THREADS; i++) {
            // 200 threads a day over 50 days; pairs whose first index is a multiple of 7 share a creation time
            long created = T0 + (i / 2) * 864_000L + (i % 7 == 0 ? 0 : i % 2);
            String cwd = "/work/project-" + (i % 10);
            ThreadMeta meta = Fixtures.meta(String.format("t%05d", (i * 7_919) % THREADS), created, cwd,
                    i % 3 == 0 ? "azure" : "openai");
            metas.add(meta);
            Homes.writeQuickly(paths, meta, "question " + i);
        }
    }

    private static List<String> walk(ThreadIndex index, ThreadQuery query) {
        List<String> seen = new ArrayList<>();
        ThreadPage page = index.list(query);
        while (true) {
            assertTrue(page.data().size() <= query.limit());
            page.data().forEach(entry -> seen.add(entry.id()));
            if (page.nextCursor() == null) {
                return seen;
            }
            assertEquals(query.limit(), page.data().size());
            page = index.list(query.withCursor(page.nextCursor()));
        }
    }

    private static List<String> expected(Comparator<ThreadMeta> order) {
        return metas.stream().sorted(order).map(ThreadMeta::id).toList();
    }

    private static final Comparator<ThreadMeta> CREATED =
            Comparator.comparingLong(ThreadMeta::createdAtMs).thenComparing(ThreadMeta::id);

    @Test
    void everyPageWalkVisitsEachThreadOnceInOrder() {
        SessionPaths paths = new SessionPaths(home);
        try (ThreadIndex fresh = new ThreadIndex(paths)) {
            List<String> newestFirst = walk(fresh,
                    new ThreadQuery(null, 200, SortKey.CREATED_AT, true, null, null, null, null, null));
            assertEquals(expected(CREATED.reversed()), newestFirst);
        }

        // a second process: the index file is valid, no log needs reading
        try (ThreadIndex loaded = new ThreadIndex(paths)) {
            assertEquals(expected(CREATED.reversed()), walk(loaded, ThreadQuery.defaults()));
            // the quick logs were last written 10 ms after creation
            assertEquals(expected(CREATED), walk(loaded,
                    new ThreadQuery(null, 137, SortKey.UPDATED_AT, false, null, null, null, null, null)));
            List<String> azureInProject3 = walk(loaded, new ThreadQuery(null, 50, null, true,
                    List.of("/work/project-3"), null, null, List.of("azure"), null));
            assertEquals(metas.stream().filter(m -> m.cwd().toString().equals("/work/project-3")
                    && m.modelProvider().equals("azure")).sorted(CREATED.reversed()).map(ThreadMeta::id).toList(),
                    azureInProject3);
            assertEquals(List.of(), loaded.problems().keySet().stream().toList());
        }
    }
}
