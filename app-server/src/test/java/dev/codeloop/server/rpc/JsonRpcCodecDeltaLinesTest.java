package dev.codeloop.server.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.codeloop.protocol.Methods;
import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.protocol.item.ReasoningSummaryTextDeltaNotification;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** Delta lines written field by field are byte for byte what the databind path writes. */
class JsonRpcCodecDeltaLinesTest {

    private static final long EMITTED = 1_763_000_000_123L;

    /** Texts a model streams, including everything that needs escaping and multi-byte UTF-8. */
    private static final List<String> TEXTS = List.of("Hello ", "", "tab\tnl\ncr\rquote\"bs\\slash/",
            "ctl\u0000\u0001\u0008\u000b\u000c\u001f\u007f\u0080\u00ff\u07ff\u0800\uffff", "caf\u00e9 \u65e5\u672c \ud83d\ude00 \u2028\u2029", "lone \ud83d surrogate",
            "<script>&amp;</script>", "x".repeat(10_000));


    @Test
    void agentMessageDeltasMatchDatabind() {
        for (String text : TEXTS) {
            assertSame(notification(Methods.AGENT_MESSAGE_DELTA.name(),
                    new AgentMessageDeltaNotification("thr_1", "turn \"1\"", "msg_\u00e9", text)));
        }
    }

    @Test
    void reasoningDeltasMatchDatabind() {
        for (String text : TEXTS) {
            for (long index : new long[] {0, 3, Long.MAX_VALUE}) {
                assertSame(notification(Methods.REASONING_SUMMARY_TEXT_DELTA.name(),
                        new ReasoningSummaryTextDeltaNotification("thr_1", "turn_1", "rs_1", text, index)));
            }
        }
    }

    @Test
    void everyNonSurrogateCharMatchesDatabind() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (!Character.isSurrogate((char) c)) {
                all.append((char) c);
            }
        }
        assertSame(notification(Methods.AGENT_MESSAGE_DELTA.name(),
                new AgentMessageDeltaNotification("t", "u", "i", all.toString())));
    }

    @Test
    void surrogatesGoTheGeneralWay() {
        for (String text : List.of("pair \ud83d\ude00", "lone \ud83d", "lone \ude00")) {
            NotificationMessage message = notification(Methods.AGENT_MESSAGE_DELTA.name(),
                    new AgentMessageDeltaNotification("t", "u", "i", text));
            assertNull(DeltaLines.tryWrite(message.getMethod(), message.getParams(), EMITTED));
            assertArrayEquals(generalWrite(message), JsonRpcCodec.write(message, EMITTED));
        }
    }

    @Test
    void nullFieldsGoTheGeneralWay() {
        assertNull(DeltaLines.tryWrite("m", new AgentMessageDeltaNotification("t", "u", "i", null), EMITTED));
        assertNull(DeltaLines.tryWrite("m", new ReasoningSummaryTextDeltaNotification(null, "u", "i", "d", 0),
                EMITTED));
        assertNull(DeltaLines.tryWrite("m", "not a delta", EMITTED));
        // and the codec still writes them, through the generated codecs
        assertNotNull(JsonRpcCodec.write(notification("m", new AgentMessageDeltaNotification("t", "u", "i", null)), EMITTED));
    }

    private void assertSame(NotificationMessage message) {
        assertArrayEquals(generalWrite(message), JsonRpcCodec.write(message, EMITTED));
        if (hasSurrogate(message)) {
            return; // those go the general way, checked above
        }
        byte[] fast = DeltaLines.tryWrite(message.getMethod(), message.getParams(), EMITTED);
        assertNotNull(fast);
        assertArrayEquals(generalWrite(message), fast, () -> new String(fast, java.nio.charset.StandardCharsets.UTF_8));
        assertArrayEquals(fast, JsonRpcCodec.write(message, EMITTED));
    }

    /** What databind writes for a notification, as the general path must: the params record through a mapper. */
    private static byte[] generalWrite(NotificationMessage message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = DatabindWire.MAPPER.createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringProperty("method", message.getMethod());
            g.writeName("params");
            g.writePOJO(message.getParams());
            g.writeNumberProperty("emittedAtMs", EMITTED);
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static boolean hasSurrogate(NotificationMessage message) {
        return message.getParams().toString().chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    private static NotificationMessage notification(String method, Object params) {
        NotificationMessage message = new NotificationMessage();
        message.setMethod(method);
        message.setParams(params);
        return message;
    }
}
