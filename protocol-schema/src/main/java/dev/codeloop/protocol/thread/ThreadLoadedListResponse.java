package dev.codeloop.protocol.thread;

/** Ids of loaded threads; nextCursor is null on the last page. */
public record ThreadLoadedListResponse(java.util.List<String> data, String nextCursor) {
}
