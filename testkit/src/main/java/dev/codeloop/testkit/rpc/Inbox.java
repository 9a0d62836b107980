package dev.codeloop.testkit.rpc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Messages read from the server and not yet consumed by the test, plus the problems seen on stdout.
 *
 * <p>Two ways to consume:
 * <ul>
 *   <li>by request id ({@link #awaitResponse}): picks that one response out and leaves everything else queued in
 *       order. Responses are also indexed on arrival, so a response that a sequential wait already passed over can
 *       still be awaited by id.
 *   <li>in arrival order ({@link #collectUntil}): takes messages from the front up to and including the first match.
 * </ul>
 * Problems (a stdout line that is not JSON, a hook that threw) are sticky: every later wait fails with them.
 *
 * <p>The reader thread calls {@link #deliver}, {@link #problem} and {@link #endOfStream}; test threads wait.
 * Failures are described here and turned into an {@link AssertionError} with context by the caller's
 * {@code fail} function, outside the lock.
 */
final class Inbox {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<JsonNode> unread = new ArrayDeque<>();
    private final Map<Long, JsonNode> responsesById = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Function<String, AssertionError> fail;
    private boolean ended;
    private List<JsonNode> skippedByLastAwait = List.of();

    Inbox(Function<String, AssertionError> fail) {
        this.fail = fail;
    }

    void deliver(JsonNode message) {
        lock.lock();
        try {
            unread.addLast(message);
            MessageKind kind = MessageKind.of(message);
            JsonNode id = message.get("id");
            if ((kind == MessageKind.RESPONSE || kind == MessageKind.ERROR) && id.isIntegralNumber()) {
                responsesById.put(id.asLong(), message);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void problem(String description) {
        lock.lock();
        try {
            problems.add(description);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void endOfStream() {
        lock.lock();
        try {
            ended = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<String> problems() {
        lock.lock();
        try {
            return List.copyOf(problems);
        } finally {
            lock.unlock();
        }
    }

    List<JsonNode> unread() {
        lock.lock();
        try {
            return List.copyOf(unread);
        } finally {
            lock.unlock();
        }
    }

    List<JsonNode> skippedByLastAwait() {
        lock.lock();
        try {
            return skippedByLastAwait;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the response (or error response) to request {@code id} and removes it from the queue. */
    JsonNode awaitResponse(long id, Duration timeout) {
        String what = "the response to request id " + id;
        String problem;
        lock.lock();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                problem = pendingProblems(what);
                if (problem != null) {
                    break;
                }
                JsonNode response = responsesById.remove(id);
                if (response != null) {
                    removeByIdentity(response);
                    return response;
                }
                problem = endedOrTimedOut(what, deadline, timeout);
                if (problem != null) {
                    break;
                }
            }
        } finally {
            lock.unlock();
        }
        throw fail.apply(problem);
    }

    /**
     * Takes messages in arrival order up to and including the first one matching {@code match}, and returns them
     * all. If none matches in time, the messages taken are put back and the wait fails.
     */
    List<JsonNode> collectUntil(Predicate<JsonNode> match, String what, Duration timeout) {
        List<JsonNode> taken = new ArrayList<>();
        String problem;
        lock.lock();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                problem = pendingProblems(what);
                if (problem != null) {
                    break;
                }
                while (!unread.isEmpty()) {
                    JsonNode message = unread.pollFirst();
                    taken.add(message);
                    if (match.test(message)) {
                        skippedByLastAwait = List.copyOf(taken.subList(0, taken.size() - 1));
                        return taken;
                    }
                }
                problem = endedOrTimedOut(what, deadline, timeout);
                if (problem != null) {
                    break;
                }
            }
            for (int i = taken.size() - 1; i >= 0; i--) {
                unread.addFirst(taken.get(i));
            }
        } finally {
            lock.unlock();
        }
        String unreadNote = taken.isEmpty() ? "" : " (" + taken.size() + " other messages arrived; left unread)";
        throw fail.apply(problem + unreadNote);
    }

    /** Fails if a message is unread now or arrives within {@code quietPeriod}; the end of stdout is fine. */
    void assertQuiet(Duration quietPeriod) {
        String problem;
        lock.lock();
        try {
            long deadline = System.nanoTime() + quietPeriod.toNanos();
            while (true) {
                problem = pendingProblems("quiet");
                if (problem == null && !unread.isEmpty()) {
                    problem = "expected no more messages, but " + unread.size() + " unread; first: "
                            + unread.peekFirst();
                }
                long left = deadline - System.nanoTime();
                if (problem != null || left <= 0 || ended) {
                    break;
                }
                changed.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted while checking for quiet";
        } finally {
            lock.unlock();
        }
        if (problem != null) {
            throw fail.apply(problem);
        }
    }

    /** Fails now if stdout carried anything that was not a protocol message. */
    void assertNoProblems() {
        String problem;
        lock.lock();
        try {
            problem = pendingProblems("check");
        } finally {
            lock.unlock();
        }
        if (problem != null) {
            throw fail.apply(problem);
        }
    }

    private String pendingProblems(String what) {
        if (problems.isEmpty()) {
            return null;
        }
        return "protocol problem(s) seen on server stdout (while waiting for " + what + "):\n    - "
                + String.join("\n    - ", problems);
    }

    /** Sleeps until something changes; returns why waiting is over if it is, else null. */
    private String endedOrTimedOut(String what, long deadline, Duration timeout) {
        if (ended) {
            return "server closed its stdout before " + what + " arrived";
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return "timed out after " + format(timeout) + " waiting for " + what;
        }
        try {
            changed.awaitNanos(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for " + what;
        }
        return null;
    }

    private void removeByIdentity(JsonNode message) {
        for (Iterator<JsonNode> it = unread.iterator(); it.hasNext(); ) {
            if (it.next() == message) {
                it.remove();
                return;
            }
        }
    }

    private static String format(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? TimeUnit.MILLISECONDS.toSeconds(ms) + " s" : ms + " ms";
    }
}
