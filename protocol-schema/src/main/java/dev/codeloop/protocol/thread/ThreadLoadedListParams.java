package dev.codeloop.protocol.thread;

/**
 * The threads currently loaded in memory, by id.
 *
 * @param cursor the previous page's {@code nextCursor}; null for the first page
 * @param limit  page size; null (or not positive) for all of them
 */
public record ThreadLoadedListParams(String cursor, Integer limit) {
}
