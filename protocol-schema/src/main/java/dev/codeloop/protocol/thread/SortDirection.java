package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SortDirection {
    @JsonProperty("asc") ASC,
    @JsonProperty("desc") DESC
}
