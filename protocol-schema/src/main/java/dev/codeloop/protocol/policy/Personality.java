package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Tone preset for the model's answers. */
public enum Personality {
    @JsonProperty("none") NONE,
    @JsonProperty("friendly") FRIENDLY,
    @JsonProperty("pragmatic") PRAGMATIC
}
