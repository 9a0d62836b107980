package dev.codeloop.server.rpc;

import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * The lsp4j messages the codec reads, printing themselves as our JSON. lsp4j's own {@code toString()} (used in its
 * log lines, e.g. for a response to an id never sent) serializes with Gson, by reflection into Jackson's tree
 * classes, and throws on values Gson refuses (a number such as {@code 1e999} reads as infinity), which turned a
 * warning into a failed message.
 */
final class InboundMessages {

    private InboundMessages() {
    }

    static final class Request extends RequestMessage {
        @Override
        public String toString() {
            return text(this);
        }
    }

    static final class Notification extends NotificationMessage {
        @Override
        public String toString() {
            return text(this);
        }
    }

    static final class Response extends ResponseMessage {
        @Override
        public String toString() {
            return text(this);
        }
    }

    static String text(Message message) {
        try {
            return new String(JsonRpcCodec.write(message, 0), StandardCharsets.UTF_8).strip();
        } catch (RuntimeException e) {
            return message.getClass().getSimpleName() + " (not printable: " + e.getMessage() + ")";
        }
    }
}
