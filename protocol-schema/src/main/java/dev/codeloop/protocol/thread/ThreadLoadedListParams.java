package dev.codeloop.protocol.thread;

/** The threads currently loaded in memory. */
public record ThreadLoadedListParams(String cursor, Integer limit) {
}
