package dev.codeloop.core.thread.store;

import dev.codeloop.json.JsonTrees;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Writing log and index lines, and parsing a line into a JSON object, with jackson-core alone (no databind
 * mapper in the server's process). Trailing tokens fail: two records glued onto one line (a torn write followed
 * by an append) is damage.
 */
final class StoreJson {

    private StoreJson() {
    }

    static JsonNode parseObject(String text) {
        JsonNode node;
        try {
            node = JsonTrees.read(text);
        } catch (JacksonException e) {
            throw new MalformedRecordException("not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedRecordException("not a JSON object");
        }
        return node;
    }

    static String write(JsonNode node) {
        return JsonTrees.toString(node);
    }
}
