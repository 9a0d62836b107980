package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much reasoning summary the model should stream. */
public enum ReasoningSummary {
    @JsonProperty("auto") AUTO,
    @JsonProperty("concise") CONCISE,
    @JsonProperty("detailed") DETAILED,
    @JsonProperty("none") NONE
}
