package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How {@code thread/list} orders threads (snake_case on the wire, as Codex writes it). */
public enum ThreadSortKey {
    @JsonProperty("created_at") CREATED_AT,
    @JsonProperty("updated_at") UPDATED_AT
}
