package dev.codeloop.protocol.json;

import dev.codeloop.json.JsonTrees;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The wire types ({@code dev.codeloop.protocol.*}) read from and written to JSON without databind's mapper, by
 * codecs generated at compile time ({@code protocol-codegen}) from the same declarations and Jackson annotations
 * the mapper reads. The JSON is that of the databind mapper the app server used before (unknown properties
 * ignored, null for a primitive read as 0/false, empty records written as {@code {}}), byte for byte; the
 * protocol-schema tests check every type against such a mapper.
 *
 * <p><b>Writing</b> is databind's: components in declaration order, null components written as {@code null}
 * unless {@code @JsonInclude} leaves them out, a union member's type id first, {@code @JsonProperty} names,
 * {@code @JsonValue} results written as whatever they are, {@code Object} components by their runtime type. Like
 * databind, a union member gets its type id at the root and where the declared type is the union, but not inside
 * an untyped value ({@code Object} component, {@code Map<String, Object>} value, {@code List<Object>} element).
 *
 * <p><b>Reading</b>: unknown properties are ignored; an absent property is null (0/false for primitives), and so is
 * JSON {@code null}; a {@code JsonNode} component keeps JSON {@code null} as a {@code NullNode}. Where databind
 * coerces, we decided as follows.
 * <ul>
 *   <li>Matching databind (lenient, harmless): a number or boolean where a string is expected is taken as its text
 *       ({@code 5} → {@code "5"}); a string holding a decimal integer where an integer is expected is taken
 *       ({@code "5"}, {@code " +5 "}), and a floating-point number without fraction ({@code 5.0}, {@code 1e2});
 *       booleans accept integers (0 → false, others → true) and the strings {@code true}/{@code True}/{@code TRUE}
 *       and {@code false}/{@code False}/{@code FALSE}; for numbers and booleans, {@code ""}, a blank string and
 *       {@code "null"} read as null (0/false for primitives); enum names are trimmed ({@code " never"});
 *       {@code Object} gets plain Java ({@code LinkedHashMap}, {@code ArrayList}, {@code Integer}/{@code Long}/
 *       {@code BigInteger} by size, {@code Double}, {@code String}, {@code Boolean}); a tagged union's type id
 *       may be a number or boolean (taken as text, so it names no member).
 *   <li>Stricter than databind (protocol hygiene): an enum given a number (or a numeric string) is refused;
 *       databind takes it as the constant's index ({@code "approvalPolicy": 0} would mean {@code untrusted}). A
 *       number with a fraction where an integer is expected is refused; databind truncates {@code 5.7} to 5. An
 *       array where a tagged union is expected is refused; databind's fallback reads it as null.
 *   <li>Also refused, as by databind: objects or arrays where a scalar is expected, a single value where an array
 *       is expected, integers out of range, booleans where a number is expected, a missing or unknown type id,
 *       unknown enum values, a value a {@code @JsonCreator} factory rejects (its message becomes the detail).
 * </ul>
 * Errors are {@link WireFormatException}s naming the path of the offending value ({@code input[0].type}).
 * Reading works on trees, so it matches databind's {@code treeToValue}: a repeated key keeps its last value, and a
 * floating-point number read as a string is the tree's text of it ({@code 1e2} → {@code "100.0"}).
 *
 * <p>The generator refuses (at compile time) Jackson annotations, attributes and component types it does not
 * reproduce, so a wire type it accepts is written and read as databind would.
 *
 * <p>Besides the wire types, {@link #write} handles what handlers put into results and {@code Object} components:
 * null, strings, booleans, numbers, {@code JsonNode}s, maps (string, enum or number keys), collections, arrays,
 * optionals, enums (protocol enums by their wire names, others by {@code toString()}), {@code UUID} and {@code URI}.
 * Other classes (java.time, files, arbitrary beans) are refused: databind would introspect them.
 *
 * <p>No reflection and no lambda per type: a generated index switches on the class name and calls the codec's
 * static methods, so a codec class is loaded when its type is first used.
 */
public final class WireCodecs {

    private WireCodecs() {
    }

    /**
     * Reads {@code node} as {@code type}: a wire type, or {@code String}, {@code Boolean}, {@code Integer},
     * {@code Long}, {@code Double}, {@code Object}, {@code Map}, {@code List}, a {@code JsonNode} class, or
     * {@code Void} (always null).
     *
     * @return null when {@code node} is null, a missing node or JSON {@code null}
     * @throws WireFormatException      when the JSON does not fit the type
     * @throws IllegalArgumentException when {@code type} is none of those
     */
    public static <T> T read(Class<T> type, JsonNode node) throws WireFormatException {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        Object value = WireCodecIndex.read(type.getName(), node);
        if (value == WireCodecIndex.NOT_A_WIRE_TYPE) {
            value = readOther(type, node);
        }
        return type.cast(value);
    }

    private static Object readOther(Class<?> type, JsonNode node) {
        if (type == String.class) {
            return WireRead.readString(node);
        }
        if (type == Boolean.class) {
            return WireRead.readBooleanBox(node);
        }
        if (type == Integer.class) {
            return WireRead.readIntBox(node);
        }
        if (type == Long.class) {
            return WireRead.readLongBox(node);
        }
        if (type == Double.class) {
            return WireRead.readDoubleBox(node);
        }
        if (type == Object.class) {
            return WireRead.readPlain(node);
        }
        if (type == Map.class) {
            WireRead.requireObject(node);
            return WireRead.readPlain(node);
        }
        if (type == List.class) {
            WireRead.requireArray(node);
            return WireRead.readPlain(node);
        }
        if (type == Void.class) {
            return null;
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            if (!type.isInstance(node)) {
                throw new WireFormatException("", "expected a " + type.getSimpleName() + ", got "
                        + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            }
            return node;
        }
        throw new IllegalArgumentException(type.getName() + " is not a wire type");
    }

    /**
     * Writes {@code value} as one JSON value: a wire type as databind would, or any of the plain values listed in
     * the class comment.
     *
     * @throws IllegalArgumentException for values of other classes (databind would introspect them; we cannot)
     */
    public static void write(JsonGenerator g, Object value) {
        write(g, value, true);
    }

    /**
     * Writes a value nested where the declared type is {@code Object} (an {@code Object} component, a map value, a
     * collection element, a {@code @JsonValue} result): as at the root, except that databind gives a tagged
     * union's member no type id there.
     */
    static void writeNested(JsonGenerator g, Object value) {
        write(g, value, false);
    }

    private static void write(JsonGenerator g, Object value, boolean root) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value instanceof Number number) {
            writeNumber(g, number);
        } else if (value instanceof JsonNode node) {
            JsonTrees.write(g, node);
        } else if (value instanceof Enum<?> constant) {
            g.writeString(enumName(constant));
        } else if (!WireCodecIndex.write(g, value.getClass().getName(), value, root)) {
            writeOther(g, value);
        }
    }

    /** {@code value} as compact UTF-8 JSON, as {@link #write} writes it. */
    public static byte[] toBytes(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JsonTrees.generator(bytes)) {
            write(g, value);
        }
        return bytes.toByteArray();
    }

    private static void writeNumber(JsonGenerator g, Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte
                || number instanceof AtomicInteger) {
            g.writeNumber(number.intValue());
        } else if (number instanceof Long || number instanceof AtomicLong) {
            g.writeNumber(number.longValue());
        } else if (number instanceof Double) {
            g.writeNumber(number.doubleValue());
        } else if (number instanceof Float) {
            g.writeNumber(number.floatValue());
        } else if (number instanceof BigDecimal decimal) {
            g.writeNumber(decimal);
        } else if (number instanceof BigInteger integer) {
            g.writeNumber(integer);
        } else {
            g.writeNumber(number.toString());
        }
    }

    private static void writeOther(JsonGenerator g, Object value) {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject(map);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                g.writeName(key(entry.getKey()));
                writeNested(g, entry.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            g.writeStartArray(items);
            for (Object item : items) {
                writeNested(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Object[] array) {
            g.writeStartArray(array, array.length);
            for (Object item : array) {
                writeNested(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Optional<?> optional) {
            writeNested(g, optional.orElse(null));
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
                || value instanceof URI) {
            g.writeString(value.toString());
        } else if (value instanceof AtomicBoolean flag) {
            g.writeBoolean(flag.get());
        } else if (value instanceof byte[] bytes) {
            g.writeBinary(bytes);
        } else if (value instanceof char[] chars) {
            g.writeString(new String(chars));
        } else if (value instanceof int[] ints) {
            g.writeArray(ints, 0, ints.length);
        } else if (value instanceof long[] longs) {
            g.writeArray(longs, 0, longs.length);
        } else if (value instanceof double[] doubles) {
            g.writeArray(doubles, 0, doubles.length);
        } else if (value instanceof boolean[] flags) {
            g.writeStartArray(flags, flags.length);
            for (boolean item : flags) {
                g.writeBoolean(item);
            }
            g.writeEndArray();
        } else if (value instanceof OptionalInt optional) {
            if (optional.isPresent()) {
                g.writeNumber(optional.getAsInt());
            } else {
                g.writeNull();
            }
        } else if (value instanceof OptionalLong optional) {
            if (optional.isPresent()) {
                g.writeNumber(optional.getAsLong());
            } else {
                g.writeNull();
            }
        } else if (value instanceof OptionalDouble optional) {
            if (optional.isPresent()) {
                g.writeNumber(optional.getAsDouble());
            } else {
                g.writeNull();
            }
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                    + " as JSON without databind: not a wire type");
        }
    }

    private static String key(Object key) {
        if (key instanceof Enum<?> constant) {
            return enumName(constant);
        }
        return WireWrite.key(key == null ? null : key.toString());
    }

    /** A protocol enum's wire name; any other enum's {@code toString()}, as databind writes it. */
    private static String enumName(Enum<?> constant) {
        String wireName = WireCodecIndex.enumWireName(constant);
        return wireName != null ? wireName : constant.toString();
    }
}
