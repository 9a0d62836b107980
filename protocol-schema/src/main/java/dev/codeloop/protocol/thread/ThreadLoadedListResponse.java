package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/**
 * One page of the ids of loaded threads, sorted.
 *
 * @param data       the thread ids
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record ThreadLoadedListResponse(@Required java.util.List<String> data, String nextCursor) {
}
