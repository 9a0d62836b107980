package dev.codeloop.testkit.model;

/**
 * One SSE event the server wrote: its position in the stream, its {@code event:} name, and the
 * {@link System#nanoTime()} taken just before its bytes went to the socket (to measure write-to-read latency
 * against a client in the same JVM).
 */
public record WrittenEvent(int index, String name, long writeNanos) {}
