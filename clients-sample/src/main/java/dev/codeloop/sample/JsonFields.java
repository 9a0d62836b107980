package dev.codeloop.sample;

import tools.jackson.databind.JsonNode;

/** Null-tolerant reads of protocol fields: absent and JSON null both read as "no value". */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainer() ? null : value.asString();
    }

    static String text(JsonNode node, String field, String fallback) {
        String value = text(node, field);
        return value == null ? fallback : value;
    }

    static Long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    static long number(JsonNode node, String field, long fallback) {
        Long value = number(node, field);
        return value == null ? fallback : value;
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isBoolean() && value.asBoolean();
    }
}
