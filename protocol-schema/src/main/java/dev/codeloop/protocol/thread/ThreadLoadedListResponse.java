package dev.codeloop.protocol.thread;

import dev.codeloop.protocol.Required;

/** Ids of loaded threads; nextCursor is null on the last page. */
public record ThreadLoadedListResponse(@Required java.util.List<String> data, String nextCursor) {
}
