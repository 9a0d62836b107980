package dev.codeloop.protocol.thread;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ThreadUnsubscribeStatus {
    @JsonProperty("notLoaded") NOT_LOADED,
    @JsonProperty("notSubscribed") NOT_SUBSCRIBED,
    @JsonProperty("unsubscribed") UNSUBSCRIBED
}
