package dev.codeloop.server.rpc;

import dev.codeloop.protocol.item.AgentMessageDeltaNotification;
import dev.codeloop.protocol.item.ReasoningSummaryTextDeltaNotification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the streaming-delta notifications, most of the lines a turn sends, straight into bytes: through
 * databind (and even a bare jackson-core generator) this was the largest part of the server's CPU per delta
 * under C1. The escaping is Jackson's default, which the general path uses: {@code "} and {@code \}, the short
 * escapes {@code \b \t \n \f \r}, other control characters as backslash-u00XX (upper-case hex), everything else
 * as UTF-8. Anything this class does not handle the same way (a null field, any surrogate, paired or not) makes
 * it return null, and the line goes the general way. JsonRpcCodecDeltaLinesTest checks byte-for-byte parity.
 */
final class DeltaLines {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private DeltaLines() {
    }

    /** The line for this notification, or null when it is not a plain delta this class writes. */
    static byte[] tryWrite(String method, Object params, long emittedAtMs) {
        if (params instanceof AgentMessageDeltaNotification d) {
            return write(method, d.threadId(), d.turnId(), d.itemId(), d.delta(), null, emittedAtMs);
        }
        if (params instanceof ReasoningSummaryTextDeltaNotification d) {
            return write(method, d.threadId(), d.turnId(), d.itemId(), d.delta(), d.summaryIndex(), emittedAtMs);
        }
        return null;
    }

    private static byte[] write(String method, String threadId, String turnId, String itemId, String delta,
            Long summaryIndex, long emittedAtMs) {
        if (method == null || threadId == null || turnId == null || itemId == null || delta == null) {
            return null;
        }
        // Worst case 6 bytes per char (a backslash-u escape), plus names, punctuation and two numbers.
        int most = 6 * (method.length() + threadId.length() + turnId.length() + itemId.length() + delta.length())
                + 160;
        Out out = new Out(new byte[most]);
        // The records' component order, which is the order databind writes them in.
        if (!(out.raw("{\"method\":") && out.string(method) && out.raw(",\"params\":{\"threadId\":")
                && out.string(threadId) && out.raw(",\"turnId\":") && out.string(turnId)
                && out.raw(",\"itemId\":") && out.string(itemId) && out.raw(",\"delta\":") && out.string(delta))) {
            return null;
        }
        if (summaryIndex != null) {
            out.raw(",\"summaryIndex\":");
            out.raw(Long.toString(summaryIndex));
        }
        out.raw("},\"emittedAtMs\":");
        out.raw(Long.toString(emittedAtMs));
        out.raw("}\n");
        return Arrays.copyOf(out.buf, out.len);
    }

    /** A fixed buffer big enough for the worst case; methods return false for text handed back to Jackson. */
    private static final class Out {
        final byte[] buf;
        int len;

        Out(byte[] buf) {
            this.buf = buf;
        }

        /** ASCII without anything to escape. */
        boolean raw(String ascii) {
            for (int i = 0; i < ascii.length(); i++) {
                buf[len++] = (byte) ascii.charAt(i);
            }
            return true;
        }

        boolean string(String s) {
            buf[len++] = '"';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x80) {
                    if (c == '"' || c == '\\') {
                        buf[len++] = '\\';
                    }
                    buf[len++] = (byte) c;
                } else if (c < 0x20) {
                    escapeControl(c);
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | (c >> 6));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    return false;
                } else {
                    buf[len++] = (byte) (0xE0 | (c >> 12));
                    buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            buf[len++] = '"';
            return true;
        }

        private void escapeControl(char c) {
            buf[len++] = '\\';
            switch (c) {
                case '\b' -> buf[len++] = 'b';
                case '\t' -> buf[len++] = 't';
                case '\n' -> buf[len++] = 'n';
                case '\f' -> buf[len++] = 'f';
                case '\r' -> buf[len++] = 'r';
                default -> {
                    buf[len++] = 'u';
                    buf[len++] = '0';
                    buf[len++] = '0';
                    buf[len++] = HEX[c >> 4];
                    buf[len++] = HEX[c & 0xF];
                }
            }
        }
    }
}
