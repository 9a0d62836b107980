package dev.codeloop.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The tree reader and writer against databind's own, which they replace in the server. */
class JsonTreesTest {

    private static final JsonMapper DATABIND = JsonMapper.builder().build();

    private static final List<String> SAMPLES = List.of(
            "{}", "[]", "null", "true", "0", "-7", "2147483648", "-9223372036854775809", "1.5", "-0.0", "1e300",
            "\"x\"", "\"\\u00e9\\n\\\"q\\\" \\ud83d\\ude00\"",
            "{\"a\":1,\"b\":[true,false,null,{\"c\":\"d\"}],\"e\":{\"f\":[[],[{}]]},\"g\":12345678901234}",
            "[1,2.25,\"three\",[4,[5,[6]]],{\"seven\":{\"eight\":null}}]");

    @Test
    void readsWhatDatabindReadsAndWritesWhatItWrites() {
        for (String sample : SAMPLES) {
            JsonNode ours = JsonTrees.read(sample);
            JsonNode theirs = DATABIND.readTree(sample);
            assertEquals(theirs, ours, sample);
            assertEquals(theirs.getNodeType(), ours.getNodeType(), sample);
            if (theirs.isNumber()) {
                assertEquals(theirs.numberType(), ours.numberType(), sample);
            }
            assertEquals(DATABIND.writeValueAsString(theirs), JsonTrees.toString(ours), sample);
            assertArrayEquals(DATABIND.writeValueAsBytes(theirs), JsonTrees.toBytes(ours), sample);
            assertEquals(ours, JsonTrees.read(sample.getBytes(StandardCharsets.UTF_8)), sample);
        }
    }

    @Test
    void numbersKeepTheirSize() {
        assertEquals(JsonParser.NumberType.INT, JsonTrees.read("2147483647").numberType());
        assertEquals(JsonParser.NumberType.LONG, JsonTrees.read("2147483648").numberType());
        assertEquals(new BigInteger("123456789012345678901234567890"),
                JsonTrees.read("123456789012345678901234567890").bigIntegerValue());
        assertEquals(JsonParser.NumberType.DOUBLE, JsonTrees.read("0.1").numberType());
    }

    @Test
    void aRepeatedKeyKeepsItsLastValueAndKeysKeepTheirOrder() {
        JsonNode node = JsonTrees.read("{\"z\":1,\"a\":2,\"z\":3}");
        assertEquals(3, node.get("z").intValue());
        assertEquals("{\"z\":3,\"a\":2}", JsonTrees.toString(node));
    }

    @Test
    void blankInputIsMissingAndTrailingContentIsAnError() {
        assertTrue(JsonTrees.read("  \n").isMissingNode());
        assertThrows(JacksonException.class, () -> JsonTrees.read("{} {}"));
        assertThrows(JacksonException.class, () -> JsonTrees.read("[1,2"));
        assertThrows(JacksonException.class, () -> JsonTrees.read("{\"a\":}"));
        assertThrows(JacksonException.class, () -> JsonTrees.read("{'a':1}"));
    }

    @Test
    void deepNestingIsRefusedByTheParserLimitNotByTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(StreamConstraintsException.class, () -> JsonTrees.read(deep));
        String allowed = "[".repeat(400) + "]".repeat(400);
        assertEquals(allowed, JsonTrees.toString(JsonTrees.read(allowed)));
    }

    @Test
    void readValueLeavesTheParserOnTheValuesLastToken() {
        try (JsonParser parser = JsonTrees.parser("{\"params\":{\"a\":[1]},\"id\":4}")) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            assertEquals(JsonToken.PROPERTY_NAME, parser.nextToken());
            parser.nextToken();
            JsonNode params = JsonTrees.readValue(parser);
            assertEquals("{\"a\":[1]}", JsonTrees.toString(params));
            assertEquals(JsonToken.END_OBJECT, parser.currentToken());
            assertEquals("id", parser.nextName());
        }
    }

    @Test
    void writesBuiltTreesAndSimplePojos() {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("text", "a\u0000b");
        node.putArray("list").add(1).add(2.5).add(true).addNull();
        node.putPOJO("pojo", 7L);
        node.putPOJO("nested", JsonTrees.read("{\"x\":[]}"));
        assertEquals("{\"text\":\"a\\u0000b\",\"list\":[1,2.5,true,null],\"pojo\":7,\"nested\":{\"x\":[]}}",
                JsonTrees.toString(node));
        ObjectNode other = JsonTrees.NODES.objectNode();
        other.putPOJO("thing", new Object());
        assertThrows(IllegalArgumentException.class, () -> JsonTrees.toString(other));
    }
}
