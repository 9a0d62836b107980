package dev.codeloop.protocol.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.POJONode;

/**
 * Reading helpers the generated codecs call: one JSON value (a tree node; null when the property is absent) to a
 * Java value, with databind's coercions (see {@link WireCodecs} for which ones, and where we are stricter). Not an
 * API: use {@link WireCodecs#read}.
 *
 * <p>Errors are {@link WireFormatException}s with an empty path; the callers add where they were reading.
 */
public final class WireRead {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private WireRead() {
    }

    /** Whether {@code node} stands for no value: absent (Java null or a missing node) or JSON {@code null}. */
    public static boolean isNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    // --------------------------------------------------------------------------------------------------- scalars

    /** A string; numbers and booleans as their text (as databind coerces them). */
    public static String readString(JsonNode node) {
        if (isNull(node)) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        throw mismatch("a string", node);
    }

    /**
     * A boolean: {@code true}/{@code false}; integers (0 is false, others true); the strings {@code true},
     * {@code True}, {@code TRUE}, {@code false}, {@code False}, {@code FALSE} (trimmed); null for null, absent,
     * {@code ""} and {@code "null"}.
     */
    public static Boolean readBooleanBox(JsonNode node) {
        if (isNull(node)) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.isBigInteger() ? node.bigIntegerValue().signum() != 0 : node.longValue() != 0;
        }
        if (node.isString()) {
            String text = node.stringValue().trim();
            switch (text) {
                case "true", "True", "TRUE":
                    return Boolean.TRUE;
                case "false", "False", "FALSE":
                    return Boolean.FALSE;
                case "", "null":
                    return null;
                default:
                    throw new WireFormatException("", "expected a boolean, got " + quoted(node.stringValue()));
            }
        }
        throw mismatch("a boolean", node);
    }

    /** {@link #readBooleanBox}, false for no value. */
    public static boolean readBoolean(JsonNode node) {
        Boolean value = readBooleanBox(node);
        return value != null && value;
    }

    /**
     * An int: integers in range; floating-point numbers with no fraction ({@code 5.0}, {@code 1e2}); strings
     * holding a decimal integer (trimmed, with an optional sign); null for null, absent, blank strings and
     * {@code "null"}.
     */
    public static Integer readIntBox(JsonNode node) {
        Long value = integral(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    /** {@link #readIntBox}, 0 for no value. */
    public static int readInt(JsonNode node) {
        Integer value = readIntBox(node);
        return value == null ? 0 : value;
    }

    /** A long, read like {@link #readIntBox}. */
    public static Long readLongBox(JsonNode node) {
        return integral(node, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** {@link #readLongBox}, 0 for no value. */
    public static long readLong(JsonNode node) {
        Long value = readLongBox(node);
        return value == null ? 0 : value;
    }

    /** A double: any number, or a string holding one (trimmed); null for null, absent, blank and {@code "null"}. */
    public static Double readDoubleBox(JsonNode node) {
        if (isNull(node)) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            String text = node.stringValue().trim();
            if (text.isEmpty() || text.equals("null")) {
                return null;
            }
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new WireFormatException("", "expected a number, got " + quoted(node.stringValue()));
            }
        }
        throw mismatch("a number", node);
    }

    /** {@link #readDoubleBox}, 0 for no value. */
    public static double readDouble(JsonNode node) {
        Double value = readDoubleBox(node);
        return value == null ? 0 : value;
    }

    private static Long integral(JsonNode node, long min, long max) {
        if (isNull(node)) {
            return null;
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToLong()) {
                long value = node.longValue();
                if (value >= min && value <= max) {
                    return value;
                }
            }
            throw outOfRange(node.asString(), min, max);
        }
        if (node.isFloatingPointNumber()) {
            BigDecimal value;
            if (node.isBigDecimal()) {
                value = node.decimalValue();
            } else if (Double.isFinite(node.doubleValue())) {
                value = new BigDecimal(node.doubleValue());
            } else {
                throw new WireFormatException("", "expected an integer, got " + node.asString());
            }
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                // Databind truncates 5.7 to 5; a fraction where a count is expected is a client bug, so we refuse.
                throw new WireFormatException("", "expected an integer, got " + node.asString());
            }
            if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0
                    || value.longValue() < min || value.longValue() > max) {
                throw outOfRange(node.asString(), min, max);
            }
            return value.longValue();
        }
        if (node.isString()) {
            String text = node.stringValue().trim();
            if (text.isEmpty() || text.equals("null")) {
                return null;
            }
            if (!isDecimalInteger(text)) {
                throw new WireFormatException("", "expected an integer, got " + quoted(node.stringValue()));
            }
            BigInteger value = new BigInteger(text);
            if (value.bitLength() > 63 || value.longValue() < min || value.longValue() > max) {
                throw outOfRange(text, min, max);
            }
            return value.longValue();
        }
        throw mismatch("an integer", node);
    }

    private static boolean isDecimalInteger(String text) {
        int start = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static WireFormatException outOfRange(String value, long min, long max) {
        return new WireFormatException("", "integer " + value + " out of range (" + min + " to " + max + ")");
    }

    /**
     * Any JSON value as plain Java, as databind reads {@code Object}: objects as {@link LinkedHashMap}, arrays as
     * {@link ArrayList}, integers as {@code Integer}, {@code Long} or {@code BigInteger} by size, other numbers as
     * {@code Double}, strings, booleans; JSON null (and absent) as null.
     */
    public static Object readPlain(JsonNode node) {
        if (isNull(node)) {
            return null;
        }
        if (node.isObject()) {
            LinkedHashMap<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                map.put(property.getKey(), readPlain(property.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            ArrayList<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node.values()) {
                list.add(readPlain(element));
            }
            return list;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isBinary()) {
            return node.binaryValue();
        }
        if (node.isPojo()) {
            return ((POJONode) node).getPojo();
        }
        throw mismatch("a JSON value", node);
    }

    /** A tree, as databind reads a {@code JsonNode}: absent is null, JSON null a {@code NullNode}. */
    public static JsonNode readTree(JsonNode node) {
        return node == null || node.isMissingNode() ? null : node;
    }

    // ------------------------------------------------------------------------------------------------ structures

    /** Fails unless {@code node} is an object. */
    public static void requireObject(JsonNode node) {
        if (!node.isObject()) {
            throw mismatch("an object", node);
        }
    }

    /** Fails unless {@code node} is an array (databind does not take a single value as a one-element array). */
    public static void requireArray(JsonNode node) {
        if (!node.isArray()) {
            throw mismatch("an array", node);
        }
    }

    /** The type id of a tagged union's object: the text of its {@code property}. */
    public static String readTag(JsonNode node, String property) {
        requireObject(node);
        JsonNode tag = node.get(property);
        if (isNull(tag)) {
            throw missing(property);
        }
        if (tag.isContainer()) {
            throw mismatch("a string", tag).at(property);
        }
        return tag.isString() ? tag.stringValue() : tag.asString();
    }

    /** The text of an enum value (a JSON string; unlike databind, a number is not taken as an index). */
    public static String readEnumText(JsonNode node, String expected) {
        if (node.isString()) {
            return node.stringValue();
        }
        throw new WireFormatException("", "expected a string (one of: " + expected + "), got " + describe(node));
    }

    public static WireFormatException unknownValue(String text, String expected) {
        return new WireFormatException("", "unknown value `" + text + "` (expected one of: " + expected + ")");
    }

    public static WireFormatException unknownTag(String property, String tag, String expected) {
        return new WireFormatException(property, "unknown type `" + tag + "` (expected one of: " + expected + ")");
    }

    public static WireFormatException missing(String property) {
        return new WireFormatException("", "missing `" + property + "`");
    }

    /** A {@code @JsonCreator} factory refused the value. */
    public static WireFormatException rejected(RuntimeException e) {
        return new WireFormatException("", e.getMessage() != null ? e.getMessage() : e.toString());
    }

    private static WireFormatException mismatch(String expected, JsonNode node) {
        return new WireFormatException("", "expected " + expected + ", got " + describe(node));
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "the string " + quoted(node.stringValue());
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }
}
