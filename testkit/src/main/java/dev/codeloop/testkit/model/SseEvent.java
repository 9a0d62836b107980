package dev.codeloop.testkit.model;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** One server-sent event: its {@code event:} name and its {@code data:} text, exactly as written. */
public record SseEvent(String name, String data) {

    public SseEvent {
        Objects.requireNonNull(data, "data");
    }

    /** An event named after the payload's {@code type}, as the Responses API does. */
    public static SseEvent of(JsonNode payload) {
        JsonNode type = payload.path("type");
        if (!type.isString()) {
            throw new IllegalArgumentException("event payload has no string \"type\": " + payload);
        }
        return new SseEvent(type.asString(), Json.write(payload));
    }

    /** The bytes on the wire; a multi-line {@code data} becomes several {@code data:} lines, per the SSE spec. */
    public String wireText() {
        StringBuilder out = new StringBuilder();
        if (name != null) {
            out.append("event: ").append(name).append('\n');
        }
        for (String line : data.split("\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }
}
