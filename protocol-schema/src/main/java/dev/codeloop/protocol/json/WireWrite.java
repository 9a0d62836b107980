package dev.codeloop.protocol.json;

import dev.codeloop.json.JsonTrees;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writing helpers the generated codecs call, each writing one value (null as {@code null}). Not an API: use
 * {@link WireCodecs#write}.
 */
public final class WireWrite {

    private WireWrite() {
    }

    public static void writeString(JsonGenerator g, String value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    public static void writeBooleanBox(JsonGenerator g, Boolean value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeBoolean(value);
        }
    }

    public static void writeIntBox(JsonGenerator g, Integer value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.intValue());
        }
    }

    public static void writeLongBox(JsonGenerator g, Long value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.longValue());
        }
    }

    public static void writeDoubleBox(JsonGenerator g, Double value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.doubleValue());
        }
    }

    /** A value of declared type {@code Object}: by its runtime type (see {@link WireCodecs#write}). */
    public static void writeObject(JsonGenerator g, Object value) {
        WireCodecs.writeNested(g, value);
    }

    /** A tree; a missing node, like null, as {@code null}. */
    public static void writeTree(JsonGenerator g, JsonNode value) {
        JsonTrees.write(g, value);
    }

    /** A map key as written: JSON has no null keys (databind refuses them too). */
    public static String key(String key) {
        if (key == null) {
            throw new IllegalArgumentException("a null map key cannot be written as JSON");
        }
        return key;
    }

    /** What {@code @JsonInclude(NON_EMPTY)} leaves out: null, "", empty collections, maps, arrays and optionals. */
    public static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof CharSequence text) {
            return text.isEmpty();
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        if (value instanceof Object[] array) {
            return array.length == 0;
        }
        if (value instanceof Optional<?> optional) {
            return optional.isEmpty();
        }
        return false;
    }
}
