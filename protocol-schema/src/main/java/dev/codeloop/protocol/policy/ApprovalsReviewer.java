package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who reviews approval requests. Only {@code user} is implemented; the others are accepted for compatibility. */
public enum ApprovalsReviewer {
    @JsonProperty("user") USER,
    @JsonProperty("auto_review") AUTO_REVIEW,
    @JsonProperty("guardian_subagent") GUARDIAN_SUBAGENT
}
