package dev.codeloop.json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;

/**
 * Jackson's tree model ({@link JsonNode}) read and written with jackson-core's streaming parser and generator
 * alone. A databind {@code JsonMapper} loads some 1,400 classes (its serializer and deserializer factories,
 * java.time and XML support, reflection); in the server's process that was a third of the idle memory. The
 * tree classes themselves are small, so the server keeps them and drives them from here.
 *
 * <p>Reading follows databind's defaults: integers become int, long or big-integer nodes by size, other numbers
 * doubles, a repeated key keeps its last value; unlike a lenient reader, content after the value is an error.
 * Nesting and string lengths are bounded by jackson-core's {@code StreamReadConstraints}; the reader keeps its
 * own stack, so deep input cannot overflow the thread's.
 *
 * <p>Never call {@code toString()} on a node in server code: databind implements it with a mapper. Use
 * {@link #toString(JsonNode)}.
 */
public final class JsonTrees {

    /** The factory for new nodes. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTrees() {
    }

    /** The shared streaming factory (thread-safe), for code that reads or writes tokens itself. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A parser over {@code text}. */
    public static JsonParser parser(String text) {
        return FACTORY.createParser(ObjectReadContext.empty(), text);
    }

    /** A parser over {@code bytes} (UTF-8, or any encoding JSON allows, detected). */
    public static JsonParser parser(byte[] bytes) {
        return FACTORY.createParser(ObjectReadContext.empty(), bytes);
    }

    /** A generator writing UTF-8 to {@code out}; closing it does not close {@code out}'s caller's plans. */
    public static JsonGenerator generator(OutputStream out) {
        return FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    }

    /** The one JSON value in {@code text}; a missing node when the text holds only whitespace. */
    public static JsonNode read(String text) throws JacksonException {
        try (JsonParser parser = parser(text)) {
            return readWhole(parser);
        }
    }

    /** The one JSON value in {@code bytes}; a missing node when they hold only whitespace. */
    public static JsonNode read(byte[] bytes) throws JacksonException {
        try (JsonParser parser = parser(bytes)) {
            return readWhole(parser);
        }
    }

    private static JsonNode readWhole(JsonParser parser) {
        if (parser.nextToken() == null) {
            return NODES.missingNode();
        }
        JsonNode value = readValue(parser);
        if (parser.nextToken() != null) {
            throw new StreamReadException(parser, "Trailing token (" + parser.currentToken()
                    + ") after the JSON value");
        }
        return value;
    }

    /**
     * The value starting at the parser's current token (the next one if it has none yet); the parser is left on
     * the value's last token, as databind leaves it.
     */
    public static JsonNode readValue(JsonParser parser) throws JacksonException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                throw new StreamReadException(parser, "No JSON value: end of input");
            }
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return scalar(parser, token);
        }
        // Containers being filled, innermost on top; an object's key waits in `names` until its value is read.
        ArrayDeque<JsonNode> open = new ArrayDeque<>();
        ArrayDeque<String> names = new ArrayDeque<>();
        JsonNode root = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
        open.push(root);
        while (!open.isEmpty()) {
            token = parser.nextToken();
            if (token == null) {
                throw new StreamReadException(parser, "Unexpected end of input inside a JSON value");
            }
            JsonNode container = open.peek();
            switch (token) {
                case PROPERTY_NAME -> names.push(parser.currentName());
                case END_OBJECT, END_ARRAY -> open.pop();
                case START_OBJECT, START_ARRAY -> {
                    JsonNode child = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
                    add(container, names, child);
                    open.push(child);
                }
                default -> add(container, names, scalar(parser, token));
            }
        }
        return root;
    }

    private static void add(JsonNode container, ArrayDeque<String> names, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.set(names.pop(), value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(parser.getEmbeddedObject());
            default -> throw new StreamReadException(parser, "Unexpected token " + token);
        };
    }

    /** Writes {@code node} as one JSON value; a missing node (or Java null) is written as {@code null}. */
    public static void write(JsonGenerator g, JsonNode node) throws JacksonException {
        if (node == null) {
            g.writeNull();
            return;
        }
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    g.writeName(property.getKey());
                    write(g, property.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode element : node.values()) {
                    write(g, element);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.stringValue());
            case NUMBER -> writeNumber(g, node);
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case BINARY -> g.writeBinary(node.binaryValue());
            case POJO -> writePojo(g, (POJONode) node);
            case NULL, MISSING -> g.writeNull();
        }
    }

    private static void writeNumber(JsonGenerator g, JsonNode node) {
        switch (node.numberType()) {
            case INT -> g.writeNumber(node.intValue());
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            case DOUBLE -> g.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
        }
    }

    /** A POJO node holds a Java value; the few kinds a tree can carry without databind are written. */
    private static void writePojo(JsonGenerator g, POJONode node) {
        Object value = node.getPojo();
        if (value == null) {
            g.writeNull();
        } else if (value instanceof JsonNode tree) {
            write(g, tree);
        } else if (value instanceof CharSequence || value instanceof Character) {
            g.writeString(value.toString());
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value instanceof java.math.BigDecimal decimal) {
            g.writeNumber(decimal);
        } else if (value instanceof java.math.BigInteger integer) {
            g.writeNumber(integer);
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            g.writeNumber(number.longValue());
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getName()
                    + " held in a JSON tree without databind");
        }
    }

    /** {@code node} as compact UTF-8 JSON. */
    public static byte[] toBytes(JsonNode node) throws JacksonException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (JsonGenerator g = generator(bytes)) {
            write(g, node);
        }
        return bytes.toByteArray();
    }

    /** {@code node} as compact JSON text (what databind's {@code toString()} gives, without a mapper). */
    public static String toString(JsonNode node) throws JacksonException {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text)) {
            write(g, node);
        }
        return text.toString();
    }
}
