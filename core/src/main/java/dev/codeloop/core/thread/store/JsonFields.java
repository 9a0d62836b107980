package dev.codeloop.core.thread.store;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Strict, null-aware access to JSON fields. Absent and JSON null both mean "null", which is how the
 * writers encode null (they omit the field), so every nullable value round-trips exactly. A value of the
 * wrong JSON type is a {@link MalformedRecordException} naming the field.
 */
final class JsonFields {

    private JsonFields() {
    }

    static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw wrongType(field, "a string", value);
        }
        return value.stringValue();
    }

    static String requiredString(JsonNode object, String field) {
        return required(field, string(object, field));
    }

    static Long optLong(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, "an integer", value);
        }
        return value.longValue();
    }

    static long requiredLong(JsonNode object, String field) {
        return required(field, optLong(object, field));
    }

    static Integer optInt(JsonNode object, String field) {
        Long value = optLong(object, field);
        if (value == null) {
            return null;
        }
        if (value != value.intValue()) {
            throw new MalformedRecordException("field '" + field + "' is out of range: " + value);
        }
        return value.intValue();
    }

    static int requiredInt(JsonNode object, String field) {
        return required(field, optInt(object, field));
    }

    static boolean requiredBoolean(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isBoolean()) {
            throw value == null ? missing(field) : wrongType(field, "a boolean", value);
        }
        return value.booleanValue();
    }

    static JsonNode object(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(field, "an object", value);
        }
        return value;
    }

    static JsonNode requiredObject(JsonNode object, String field) {
        return required(field, object(object, field));
    }

    /** The array's elements, or null when the field is absent. */
    static List<JsonNode> array(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw wrongType(field, "an array", value);
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            elements.add(element);
        }
        return elements;
    }

    static List<String> strings(JsonNode object, String field) {
        List<JsonNode> elements = array(object, field);
        if (elements == null) {
            return null;
        }
        List<String> strings = new ArrayList<>(elements.size());
        for (JsonNode element : elements) {
            if (!element.isString()) {
                throw wrongType(field + "[]", "a string", element);
            }
            strings.add(element.stringValue());
        }
        return strings;
    }

    static void putIfNotNull(ObjectNode object, String field, String value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    static void putIfNotNull(ObjectNode object, String field, Long value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    static void putIfNotNull(ObjectNode object, String field, Integer value) {
        if (value != null) {
            object.put(field, value);
        }
    }

    static void putStrings(ObjectNode object, String field, List<String> values) {
        if (values != null) {
            ArrayNode array = object.putArray(field);
            values.forEach(array::add);
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    private static MalformedRecordException missing(String field) {
        return new MalformedRecordException("missing field '" + field + "'");
    }

    private static MalformedRecordException wrongType(String field, String expected, JsonNode actual) {
        return new MalformedRecordException("field '" + field + "' should be " + expected + ", found "
                + actual.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
}
