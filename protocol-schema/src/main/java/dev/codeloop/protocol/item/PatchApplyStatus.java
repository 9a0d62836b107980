package dev.codeloop.protocol.item;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PatchApplyStatus {
    @JsonProperty("inProgress") IN_PROGRESS,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("declined") DECLINED
}
