package dev.codeloop.core.model.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.codeloop.core.model.ModelEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/** The streaming read of deltas gives exactly what the tree read gives, and hands anything unusual back. */
class DeltaFastPathTest {

    private static final String TEXT = ResponsesEventDecoder.TEXT_DELTA;
    private static final String REASONING = ResponsesEventDecoder.REASONING_DELTA;

    private final ResponsesEventDecoder decoder = new ResponsesEventDecoder();

    /** Shapes the fast path must take, and agree on with the general path. */
    private static final List<String> PLAIN = List.of(
            "{\"type\":\"response.output_text.delta\",\"item_id\":\"msg_1\",\"output_index\":0,"
                    + "\"content_index\":0,\"delta\":\"Hello \",\"sequence_number\":4,\"logprobs\":[]}",
            "{\"item_id\":\"msg_1\",\"delta\":\"tab\\tnl\\nquote\\\"bs\\\\ctl\\u0001\\u001f\"}",
            "{\"item_id\":\"m\",\"delta\":\"caf\u00e9 \u65e5\u672c \\u00e9 \\ud83d\\ude00 \ud83d\ude00\"}",
            "{\"delta\":\"\",\"item_id\":\"\",\"obfuscation\":{\"a\":[1,{\"b\":null}]}}",
            "{\"item_id\":\"rs_1\",\"summary_index\":2,\"delta\":\"thinking\"}",
            "{\"item_id\":\"x\",\"delta\":\"first\",\"delta\":\"last wins\"}",
            "{}",
            "  {\"item_id\":\"x\",\"delta\":\"spaces\"}  ");

    /** Shapes the fast path must hand back (null), leaving the decision to the general path. */
    private static final List<String> UNUSUAL = List.of(
            "{\"item_id\":7,\"delta\":\"number id\"}",
            "{\"item_id\":\"x\",\"delta\":null}",
            "{\"item_id\":\"x\",\"delta\":{\"nested\":true}}",
            "{\"item_id\":\"x\",\"summary_index\":\"1\",\"delta\":\"d\"}",
            "{\"item_id\":\"x\",\"summary_index\":1.5,\"delta\":\"d\"}",
            "{\"item_id\":\"x\",\"summary_index\":99999999999,\"delta\":\"d\"}",
            "[1,2]",
            "\"text\"");

    @Test
    void plainDeltasMatchTheTreeRead() {
        for (String type : List.of(TEXT, REASONING)) {
            for (String data : PLAIN) {
                ModelEvent fast = DeltaFastPath.read(type, data);
                assertNotNull(fast, data);
                assertEquals(decoder.decodeTree(type, data).event(), fast, data);
                assertEquals(decoder.decodeTree(type, data), decoder.decode(type, data), data);
            }
        }
    }

    @Test
    void unusualShapesFallBackToTheTreeRead() {
        for (String type : List.of(TEXT, REASONING)) {
            for (String data : UNUSUAL) {
                assertNull(DeltaFastPath.read(type, data), data);
                assertEquals(decoder.decodeTree(type, data), decoder.decode(type, data), data);
            }
        }
    }

    @Test
    void malformedJsonFailsAsBefore() {
        for (String data : List.of("{\"item_id\":\"x\",\"delta\":\"cut", "{\"delta\":\"a\"} {\"delta\":\"b\"}", "")) {
            assertNull(DeltaFastPath.read(TEXT, data), data);
        }
        assertThrows(JacksonException.class, () -> decoder.decode(TEXT, "{\"item_id\":\"x\",\"delta\":\"cut"));
    }
}
