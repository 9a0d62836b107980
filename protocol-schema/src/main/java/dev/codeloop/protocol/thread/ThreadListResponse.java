package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;
import java.util.List;

/**
 * One page of threads.
 *
 * @param data       the threads, without their turns
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
public record ThreadListResponse(@Required List<ThreadInfo> data, String nextCursor) {
}
