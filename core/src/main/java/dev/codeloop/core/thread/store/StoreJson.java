package dev.codeloop.core.thread.store;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapper for log and index lines, and parsing a line into a JSON object. */
final class StoreJson {

    // Trailing tokens fail: two records glued onto one line (a torn write followed by an append) is damage.
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private StoreJson() {
    }

    static JsonNode parseObject(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new MalformedRecordException("not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedRecordException("not a JSON object");
        }
        return node;
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
