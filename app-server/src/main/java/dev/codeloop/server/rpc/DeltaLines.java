package dev.codeloop.server.rpc;

import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.protocol.item.ReasoningSummaryTextDeltaNotification;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes the streaming-delta notifications, most of the lines a turn sends, with jackson-core alone: field by
 * field instead of through databind's record serializer, which was a large part of the server's CPU per delta.
 * The generator is the same default one the mapper uses, so escaping (control characters, quotes, non-ASCII
 * passed through as UTF-8) is identical; JsonRpcCodecDeltaLinesTest checks the lines are byte for byte what
 * the general path writes. Notifications with a null field go the general way.
 */
final class DeltaLines {

    private static final JsonFactory FACTORY = new JsonFactory();

    private DeltaLines() {
    }

    /** The line for this notification, or null when it is not a plain delta this class writes. */
    static byte[] tryWrite(String method, Object params, long emittedAtMs) {
        if (params instanceof AgentMessageDeltaNotification d) {
            if (d.threadId() == null || d.turnId() == null || d.itemId() == null || d.delta() == null) {
                return null;
            }
            return write(method, d.threadId(), d.turnId(), d.itemId(), d.delta(), null, emittedAtMs);
        }
        if (params instanceof ReasoningSummaryTextDeltaNotification d) {
            if (d.threadId() == null || d.turnId() == null || d.itemId() == null || d.delta() == null) {
                return null;
            }
            return write(method, d.threadId(), d.turnId(), d.itemId(), d.delta(), d.summaryIndex(), emittedAtMs);
        }
        return null;
    }

    private static byte[] write(String method, String threadId, String turnId, String itemId, String delta,
            Long summaryIndex, long emittedAtMs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160 + delta.length());
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
            g.writeStartObject();
            g.writeStringProperty("method", method);
            g.writeName("params");
            g.writeStartObject();
            // The records' component order, which is the order databind writes them in.
            g.writeStringProperty("threadId", threadId);
            g.writeStringProperty("turnId", turnId);
            g.writeStringProperty("itemId", itemId);
            g.writeStringProperty("delta", delta);
            if (summaryIndex != null) {
                g.writeNumberProperty("summaryIndex", summaryIndex.longValue());
            }
            g.writeEndObject();
            g.writeNumberProperty("emittedAtMs", emittedAtMs);
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
