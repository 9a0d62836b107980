package dev.codeloop.core.thread.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page ended: the sort value and id of its last entry (plus the ordering it belongs to). Resuming
 * after a position rather than an offset means entries added or removed meanwhile never make a page repeat
 * or skip one that was already there.
 */
record IndexCursor(ThreadQuery.SortKey sortKey, boolean descending, long value, String id) {

    private static final String VERSION = "1";

    String encode() {
        String raw = String.join(":", VERSION, sortKey.name(), descending ? "desc" : "asc", Long.toString(value), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode} for the same ordering; anything else is "invalid cursor". */
    static IndexCursor decode(String cursor, ThreadQuery.SortKey sortKey, boolean descending) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 5);
            if (parts.length == 5 && parts[0].equals(VERSION) && parts[1].equals(sortKey.name())
                    && parts[2].equals(descending ? "desc" : "asc") && !parts[4].isEmpty()) {
                return new IndexCursor(sortKey, descending, Long.parseLong(parts[3]), parts[4]);
            }
        } catch (IllegalArgumentException e) {
            // bad base64 or number: fall through
        }
        throw new IllegalArgumentException("invalid cursor");
    }
}
