package dev.codeloop.testkit.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.StringJoiner;

/** A thread-safe FIFO of scripted responses; a "forever" entry is answered again and again, never removed. */
final class ScriptQueue {
    private record Entry(ScriptedResponse response, boolean forever) {}

    private final Deque<Entry> entries = new ArrayDeque<>();

    synchronized void add(ScriptedResponse response, boolean forever) {
        entries.addLast(new Entry(Objects.requireNonNull(response, "response"), forever));
    }

    /** The next response, or null when the script has run out. */
    synchronized ScriptedResponse next() {
        Entry head = entries.peekFirst();
        if (head == null) {
            return null;
        }
        if (!head.forever()) {
            entries.removeFirst();
        }
        return head.response();
    }

    /** How many one-shot responses are still waiting (forever entries are not counted). */
    synchronized int remaining() {
        return (int) entries.stream().filter(entry -> !entry.forever()).count();
    }

    synchronized String describe() {
        StringJoiner out = new StringJoiner("; ", "[", "]");
        for (Entry entry : entries) {
            out.add(entry.forever() ? "forever " + entry.response().describe() : entry.response().describe());
        }
        return out.toString();
    }
}
