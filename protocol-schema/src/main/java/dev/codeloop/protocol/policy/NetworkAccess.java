package dev.codeloop.protocol.policy;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Network state an external sandbox reports to the model. */
public enum NetworkAccess {
    @JsonProperty("restricted") RESTRICTED,
    @JsonProperty("enabled") ENABLED
}
