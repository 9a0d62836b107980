package dev.codeloop.protocol.turn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How complete {@code Turn.items} is: not loaded, only the final answer (summary), or every item. */
public enum TurnItemsView {
    @JsonProperty("notLoaded") NOT_LOADED,
    @JsonProperty("summary") SUMMARY,
    @JsonProperty("full") FULL
}
