package dev.codeloop.bench;

import java.util.Arrays;
import java.util.List;

/**
 * When each tagged agent-message delta reached the client, per thread and sequence number, and whether any delta
 * arrived in the wrong thread's stream. A delta's text is its tag ({@link #tag}), so the reader finds it without
 * parsing the JSON. Written only by the client's reader thread; read by the driver after {@code turn/completed}.
 */
final class DeltaReads {

    static final DeltaReads IGNORE = new DeltaReads(List.of(), 0);

    private final String[] threadIds;
    private final long[][] readNanos;
    private int misrouted;
    private int outOfOrder;
    private int unexpected;

    DeltaReads(List<String> threadIds, int perThread) {
        this.threadIds = threadIds.toArray(String[]::new);
        this.readNanos = new long[threadIds.size()][perThread];
    }

    /** The text of delta {@code seq} of thread number {@code thread}. */
    static String tag(int thread, int seq) {
        return "@" + thread + ":" + seq + " ";
    }

    void record(String line, long nanos) {
        if (threadIds.length == 0) {
            return;
        }
        int at = line.indexOf("\"delta\":\"@");
        int idAt = line.indexOf("\"threadId\":\"");
        if (at < 0 || idAt < 0) {
            unexpected++;
            return;
        }
        int colon = line.indexOf(':', at + 10);
        int space = line.indexOf(' ', colon);
        int thread = Integer.parseInt(line, at + 10, colon, 10);
        int seq = Integer.parseInt(line, colon + 1, space, 10);
        if (thread >= threadIds.length || seq >= readNanos[thread].length) {
            unexpected++;
            return;
        }
        String expectedId = threadIds[thread];
        if (!line.startsWith(expectedId, idAt + 12) || line.charAt(idAt + 12 + expectedId.length()) != '"') {
            misrouted++;
        }
        if (readNanos[thread][seq] != 0 || (seq > 0 && readNanos[thread][seq - 1] == 0)) {
            outOfOrder++;
        }
        readNanos[thread][seq] = nanos;
    }

    long readNanos(int thread, int seq) {
        return readNanos[thread][seq];
    }

    /** Deltas tagged for one thread that came with another thread's id. */
    int misrouted() {
        return misrouted;
    }

    /** Deltas that came twice, or before an earlier delta of the same thread. */
    int outOfOrder() {
        return outOfOrder;
    }

    /** Delta lines whose tag or thread id could not be read, or named no expected delta. */
    int unexpected() {
        return unexpected;
    }

    /** Throws unless every expected delta arrived exactly once, in order, in its own thread's stream. */
    void check(int expectedPerThread) {
        int missing = missing();
        if (misrouted + outOfOrder + unexpected + missing > 0) {
            throw new IllegalStateException("deltas wrong: " + misrouted + " in another thread's stream, " + outOfOrder
                    + " out of order, " + unexpected + " unexpected, " + missing + " missing (of "
                    + expectedPerThread * threadIds.length + ")");
        }
    }

    int missing() {
        return (int) Arrays.stream(readNanos).flatMapToLong(Arrays::stream).filter(n -> n == 0).count();
    }
}
